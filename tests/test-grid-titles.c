/* test-grid-titles.c — titles broken by meaning, on labelled sets and rule by rule
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Issue 12, item 6: a title of more than one line is broken where its
 * phrases end.  The labelled sets (tests/data/titles*.txt, each title with
 * its acceptable breaks marked "|") are set with the gbt9704 preset, read
 * back by poppler-glib and scored against their marks, each against its
 * floor; the unit tests ask the title breaker (fy-title-break.h) and its
 * dictionary (fy-title-lexicon.h) for the price of one break at a time.
 *
 * Split from test-grid.c, whose paths (/core/grid/titles/...) they keep.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>
#include <stdio.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"
#include "fy-title-break.h"
#include "fy-title-lexicon.h"

/* Whether @line is the text of @title from *@read on, and moves *@read
 * past it.  poppler does not read back the spaces of a slogan's
 * 口号　口号: a space of the title may be missing from @line. */
static gboolean
match_title_line (const char *title,
                  glong      *read,
                  const char *line)
{
  const char *t = g_utf8_offset_to_pointer (title, *read);
  const char *l = line;

  while (*l != '\0')
    {
      if (*t == '\0')
        return FALSE;
      if (g_utf8_get_char (t) == g_utf8_get_char (l))
        l = g_utf8_next_char (l);
      else if (!g_unichar_isspace (g_utf8_get_char (t)))
        return FALSE;
      t = g_utf8_next_char (t);
      (*read)++;
    }
  return TRUE;
}

/* The price of a break before character @index of @text. */
static int
title_price_at (const char *text,
                glong       index)
{
  glong n = g_utf8_strlen (text, -1);
  g_autofree guint *offsets = g_new (guint, n);
  g_autofree int *penalties = g_new (int, n);
  glong k = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    offsets[k++] = p - text;
  fy_title_break_penalties (text, offsets, n, penalties);
  return penalties[index];
}

/* The chunks of an official title, one rule each: an organ's name and
 * joint issuers, 关于 alone, a bracketed abbreviation, 第X届 and 第X次,
 * the space of a slogan. */
static void
test_title_chunks (void)
{
  const char *about = "关于印发《全市工作要点》的通知";
  const char *issuers = "临江市人民政府办公室关于印发《临江市应急预案》的通知";
  const char *joint = "国家发展改革委财政部关于做好项目管理工作的通知";
  const char *session = "关于召开青川县第十九届人民代表大会第四次会议的决定";
  const char *short_session = "在县十九届人大一次会议闭幕会上的讲话";
  const char *abbrev = "关于推进国内生产总值（GDP）统一核算改革的实施意见";
  const char *slogan = "守正创新　踔厉奋发　奋力开创新局面";
  const char *quoted = "关于推进“一网通办”改革工作的报告";
  const char *garbage = "关于对全市城市生活垃圾分类管理情况开展专题调研的报告";
  const char *zone = "在白河经济技术开发区建设推进会上的讲话";
  const char *grade = "关于公布全省4A级饭店和五星级宾馆名录的通知";
  const char *project = "关于重点项目进展情况的报告";
  const char *subtitle = "以新质生产力赋能传统产业转型升级——在全市制造业高质量发展大会上的交流发言";
  const char *year = "关于2025年度全县粮食安全工作的报告";
  const char *accident = "关于“7·15”较大事故调查情况的通报";
  const char *cup = "关于举办第三届“桐川杯”创新创业大赛的通知";
  const char *department = "中共临江市委组织部临江市人力资源和社会保障局关于做好招录工作的通知";
  const char *commission = "在中国共产党临江市第十三届纪律检查委员会第五次全体会议上的工作报告";
  const char *home = "关于同意设立桐川市柳河区社会福利院的批复";
  const char *quoted_issuers = "关于转发《江川省教育厅江川省财政厅关于做好学生资助工作的通知》的通知";
  const char *spaced = "临江市医疗保障局　国家税务总局临江市税务局关于做好参保缴费工作的通知";
  const char *seminar = "在市委常委会“以学促干”专题读书班上的研讨发言";
  const char *opening = "在第四届数字经济合作论坛开幕式上的致辞";
  const char *pair = "关于进一步加强和规范网络餐饮服务管理的意见";
  const char *activity = "在全区“万名干部进万家”活动动员大会上的讲话";
  const char *latin = "石门县2026年PM2.5和臭氧协同控制工作方案";
  const char *birthday = "在纪念毛泽东同志诞辰133周年座谈会上的讲话";
  const char *speed_up = "关于印发《关于加快建设现代化产业体系的若干措施》的通知";
  const char *edition = "关于印发《汀州市物业服务管理办法（2028年修订）》的通知";
  const char *years = "关于印发《汀州市养老服务体系建设三年行动方案（2027—2029年）》的通知";

  g_assert_cmpint (title_price_at (about, 2), ==, FY_TITLE_NO_BREAK);
  g_assert_cmpint (title_price_at (issuers, 3), ==, FY_TITLE_NO_BREAK);    /* 临江市|人民政府 */
  g_assert_cmpint (title_price_at (issuers, 7), ==, FY_TITLE_NO_BREAK);    /* 人民政府|办公室 */
  g_assert_cmpint (title_price_at (issuers, 10), >=, 0);                   /* 办公室|关于 */
  g_assert_cmpint (title_price_at (issuers, 10), <=, 2);
  g_assert_cmpint (title_price_at (joint, 7), >=, 0);                      /* 发展改革委|财政部 */
  g_assert_cmpint (title_price_at (joint, 7), <=, 2);
  g_assert_cmpint (title_price_at (joint, 9), ==, FY_TITLE_NO_BREAK);      /* 财政|部 */
  g_assert_cmpint (title_price_at (joint, 4), ==, FY_TITLE_NO_BREAK);      /* 国家发展|改革委 */
  g_assert_cmpint (title_price_at (session, 7), >=, 16);                   /* 青川县|第十九届 */
  g_assert_cmpint (title_price_at (session, 8), ==, FY_TITLE_NO_BREAK);    /* 第|十九届 */
  g_assert_cmpint (title_price_at (session, 11), ==, FY_TITLE_NO_BREAK);   /* 第十九届|人民代表大会 */
  g_assert_cmpint (title_price_at (session, 20), ==, FY_TITLE_NO_BREAK);   /* 第四次|会议 */
  g_assert_cmpint (title_price_at (session, 17), >=, 0);                   /* 人民代表大会|第四次会议 */
  g_assert_cmpint (title_price_at (session, 17), <=, 6);
  g_assert_cmpint (title_price_at (short_session, 7), >=, 12);             /* 人大|一次会议 */
  g_assert_cmpint (title_price_at (quoted, 10), >=, 16);                   /* “一网通办”|改革 */
  g_assert_cmpint (title_price_at (garbage, 7), ==, FY_TITLE_NO_BREAK);    /* 城市|生活垃圾 */
  g_assert_cmpint (title_price_at (garbage, 5), >=, 14);                   /* 全市|城市 */
  g_assert_cmpint (title_price_at (abbrev, 10), ==, FY_TITLE_NO_BREAK);    /* 国内生产总值|（GDP） */
  g_assert_cmpint (title_price_at (abbrev, 15), >=, 0);                    /* （GDP）|统一核算 */
  /* an edition's tag stays with its name, a range of years may open a line */
  g_assert_cmpint (title_price_at (edition, 16), ==, FY_TITLE_NO_BREAK);   /* 办法|（2028年修订） */
  g_assert_cmpint (title_price_at (years, 22), >=, 0);                     /* 方案|（2027—2029年） */
  g_assert_cmpint (title_price_at (slogan, 10), >=, 0);                    /* 踔厉奋发　|奋力 */
  g_assert_cmpint (title_price_at (slogan, 10), <=, 1);
  g_assert_cmpint (title_price_at (zone, 3), ==, FY_TITLE_NO_BREAK);       /* 白河|经济 */
  g_assert_cmpint (title_price_at (zone, 5), ==, FY_TITLE_NO_BREAK);       /* 经济|技术 */
  g_assert_cmpint (title_price_at (zone, 10), >=, 0);                      /* 开发区|建设 */
  g_assert_cmpint (title_price_at (zone, 10), <=, 4);
  g_assert_cmpint (title_price_at (grade, 7), ==, FY_TITLE_NO_BREAK);      /* 4|A级 */
  g_assert_cmpint (title_price_at (grade, 8), ==, FY_TITLE_NO_BREAK);      /* 4A|级 */
  g_assert_cmpint (title_price_at (grade, 9), >=, 20);                     /* 4A级|饭店 */
  g_assert_cmpint (title_price_at (grade, 13), ==, FY_TITLE_NO_BREAK);     /* 五|星级 */
  g_assert_cmpint (title_price_at (grade, 14), ==, FY_TITLE_NO_BREAK);     /* 五星|级 */
  g_assert_cmpint (title_price_at (project, 4), ==, FY_TITLE_NO_BREAK);    /* 重点|项目 */
  g_assert_cmpint (title_price_at (project, 8), ==, FY_TITLE_NO_BREAK);    /* 进展|情况 */
  g_assert_cmpint (title_price_at (subtitle, 16), >=, 0);                  /* 升级|——在 */
  g_assert_cmpint (title_price_at (subtitle, 16), <=, 1);
  g_assert_cmpint (title_price_at (subtitle, 18), ==, FY_TITLE_NO_BREAK);  /* ——|在 */
  g_assert_cmpint (title_price_at (year, 8), ==, 5);                       /* 2025年度|全县 */
  g_assert_cmpint (title_price_at (year, 10), ==, 6);                      /* 全县|粮食安全 */
  g_assert_cmpint (title_price_at (accident, 8), >=, 16);                  /* “7·15”|较大事故 */
  g_assert_cmpint (title_price_at (cup, 12), >=, 16);                      /* “桐川杯”|创新创业大赛 */
  g_assert_cmpint (title_price_at (department, 6), ==, FY_TITLE_NO_BREAK); /* 市委|组织部 */
  g_assert_cmpint (title_price_at (commission, 6), ==, FY_TITLE_NO_BREAK); /* 中国共产党|临江市 */
  g_assert_cmpint (title_price_at (commission, 17), ==, FY_TITLE_NO_BREAK); /* 纪律检查|委员会 */
  g_assert_cmpint (title_price_at (department, 9), >=, 0);                 /* 组织部|临江市 */
  g_assert_cmpint (title_price_at (department, 9), <=, 2);
  /* an organ named after the verb that sets it up, or opening a 《》 */
  g_assert_cmpint (title_price_at (home, 9), ==, FY_TITLE_NO_BREAK);        /* 桐川市|柳河区 */
  g_assert_cmpint (title_price_at (home, 12), ==, FY_TITLE_NO_BREAK);       /* 柳河区|社会福利院 */
  g_assert_cmpint (title_price_at (home, 6), >=, 0);                        /* 设立|桐川市 */
  g_assert_cmpint (title_price_at (home, 6), <=, 8);
  g_assert_cmpint (title_price_at (quoted_issuers, 8), ==, FY_TITLE_NO_BREAK); /* 江川省|教育厅 */
  g_assert_cmpint (title_price_at (quoted_issuers, 11), >=, 0);             /* 教育厅|江川省 */
  /* joint issuers set apart by a space: the writer's spaces say where
   * each ends (国家税务总局临江市税务局 is one) */
  g_assert_cmpint (title_price_at (spaced, 9), >=, 0);                      /* 　|国家税务总局 */
  g_assert_cmpint (title_price_at (spaced, 9), <=, 2);
  g_assert_cmpint (title_price_at (spaced, 8), ==, FY_TITLE_NO_BREAK);      /* 保障局|　 */
  g_assert_cmpint (title_price_at (spaced, 15), ==, FY_TITLE_NO_BREAK);     /* 税务总局|临江市 */
  g_assert_cmpint (title_price_at (spaced, 21), >=, 0);                     /* 税务局|关于 */
  g_assert_cmpint (title_price_at (spaced, 21), <=, 2);
  /* a kind with a word that says which (的研讨发言) */
  g_assert_cmpint (title_price_at (seminar, 18), >=, 0);                    /* 读书班上|的研讨发言 */
  g_assert_cmpint (title_price_at (seminar, 18), <=, 1);
  /* the occasion of a meeting (开幕式上, 结业式上) */
  g_assert_cmpint (title_price_at (opening, 12), >=, 0);                    /* 论坛|开幕式上 */
  g_assert_cmpint (title_price_at (opening, 12), <=, 6);
  /* two verbs of one object after 关于 */
  g_assert_cmpint (title_price_at (pair, 10), >=, 0);                       /* 加强和规范|网络 */
  g_assert_cmpint (title_price_at (pair, 10), <=, 6);
  /* a quoted name stays with its head (“……”活动), which ends the topic */
  g_assert_cmpint (title_price_at (activity, 12), >=, 14);                  /* ”|活动 */
  g_assert_cmpint (title_price_at (activity, 14), >=, 0);                   /* 活动|动员大会上 */
  g_assert_cmpint (title_price_at (activity, 14), <=, 6);
  /* a Latin token is one word (PM2.5) */
  g_assert_cmpint (title_price_at (latin, 10), ==, FY_TITLE_NO_BREAK);      /* PM|2 */
  g_assert_cmpint (title_price_at (latin, 11), ==, FY_TITLE_NO_BREAK);      /* PM2|. */
  g_assert_cmpint (title_price_at (latin, 12), ==, FY_TITLE_NO_BREAK);      /* PM2.|5 */
  g_assert_cmpint (title_price_at (latin, 13), >=, 0);                      /* PM2.5|和 */
  /* an anniversary goes with what it is of */
  g_assert_cmpint (title_price_at (birthday, 10), ==, FY_TITLE_NO_BREAK);   /* 诞辰|133周年 */
  /* a modifier of a verb and the verb */
  g_assert_cmpint (title_price_at (speed_up, 9), >=, 20);                   /* 加快|建设 */
}

/* A name longer than a line (an issuer of 27 characters) leaves no
 * allowed break: relaxed, the forbidden breaks are dearer than any
 * allowed one, a word boundary cheaper than a cut through a word, and a
 * dash is still not split. */
static void
test_title_relaxed (void)
{
  const char *text = "临江市城乡居民基本医疗保险和大病保险服务保障中心办公室关于做好工作的通知——在会上的说明";
  glong n = g_utf8_strlen (text, -1);
  g_autofree guint *offsets = g_new (guint, n);
  g_autofree int *strict = g_new (int, n);
  g_autofree int *relaxed = g_new (int, n);
  glong k = 0, words = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    offsets[k++] = p - text;
  fy_title_break_penalties (text, offsets, n, strict);
  memcpy (relaxed, strict, n * sizeof (int));
  fy_title_break_relax (text, offsets, n, relaxed);
  for (k = 1; k < 27; k++)
    g_assert_cmpint (strict[k], ==, FY_TITLE_NO_BREAK);                     /* the issuer */
  for (k = 1; k < n; k++)
    {
      if (strict[k] >= 0)
        g_assert_cmpint (relaxed[k], ==, strict[k]);
      else if (k == 37 || k == 38)
        g_assert_cmpint (relaxed[k], ==, FY_TITLE_NO_BREAK);                /* —|—|在 */
      else
        g_assert_true (relaxed[k] == FY_TITLE_RELAXED_CHAR ||
                       (relaxed[k] >= FY_TITLE_RELAXED_WORD && relaxed[k] < FY_TITLE_RELAXED_CHAR));
      words += relaxed[k] >= FY_TITLE_RELAXED_WORD && relaxed[k] < FY_TITLE_RELAXED_CHAR;
    }
  g_assert_cmpint (words, >=, 5);
  g_assert_cmpint (relaxed[3], >=, FY_TITLE_RELAXED_WORD);                  /* 临江市|城乡 */
  g_assert_cmpint (relaxed[3], <, FY_TITLE_RELAXED_CHAR);
  /* inside the name, the phrase's edges first: 保险|和大病, not 大病|保险 */
  g_assert_cmpint (relaxed[13], <, relaxed[16]);
  if (fy_title_lexicon_available ())
    g_assert_cmpint (relaxed[11], ==, FY_TITLE_RELAXED_CHAR);               /* 医疗|保险 */
}

static void
test_title_relaxed_without_lexicon (void)
{
  fy_title_lexicon_set_enabled (FALSE);
  test_title_relaxed ();
  fy_title_lexicon_set_enabled (TRUE);
}

/* The same chunks without the dictionary: ICU's word boundaries. */
static void
test_title_chunks_without_lexicon (void)
{
  fy_title_lexicon_set_enabled (FALSE);
  test_title_chunks ();
  fy_title_lexicon_set_enabled (TRUE);
}

/* Skips the test when the dictionary was not built; TRUE if it did. */
static gboolean
skip_without_lexicon (void)
{
  if (fy_title_lexicon_available ())
    return FALSE;
  g_test_skip ("no title-lexicon.bin (python3-jieba is not installed)");
  return TRUE;
}

/* With the dictionary (fy-title-lexicon.c), what its words and their
 * parts of speech say: a dictionary word is never split, a modifier and
 * its noun in a short term are one (技工学校|毕业生, 建设|用地), so is a
 * number naming a term (12345|政务服务) and a Latin head with its
 * modifier (跨境电商|B2B); a postposition closes its phrase (进程|中). */
static void
test_title_words (void)
{
  const char *graduates = "关于做好全市技工学校毕业生就业工作的通知";
  const char *land = "关于进一步加强建设用地管理的通知";
  const char *forest = "在全市森林草原防灭火工作会议上的讲话";
  const char *hotline = "关于2026年一季度全市12345政务服务便民热线办理情况的通报";
  const char *trade = "关于支持跨境电商B2B出口业务发展的若干措施";
  const char *staff = "关于加强机关工作人员培训的意见";
  const char *process = "在推进城乡一体化发展进程中的几点思考";
  const char *approval = "桐川市人民政府关于同意桐川临港经济开发区扩区调位的批复";
  const char *support = "关于支持桐川加快发展的若干意见";
  const char *campaign = "在全县“我为企业解难题”实践活动推进会上的讲话";
  const char *fengqiao = "坚持和发展新时代“枫桥经验”推进基层治理体系和治理能力现代化";
  const char *industry = "关于全县2026年上半年规模以上工业增加值增长情况的分析报告";
  const char *upkeep = "关于农村公路养护质量考核情况的报告";
  const char *create = "关于支持嘉陵区创建国家级开发区的批复";
  const char *grade = "关于2025年度南湖区耕地质量等级调查评价情况的报告";
  const char *graduates2 = "关于进一步做好高校毕业生等青年就业创业工作的通知";
  const char *districts = "汀湾区人民政府关于同意汀湾街道西塘社区等4个社区调整行政区划的批复";
  const char *pipes = "关于统筹推进城市燃气管道等老化更新改造工作的通知";
  const char *harmony = "关于推进城乡一体化和谐社区建设的意见";
  const char *township = "关于石门县云台镇较大道路交通事故的通报";
  const char *debt = "关于2026年度岑阳市本级政府债务管理情况的报告";
  const char *range = "关于印发《白鹭市国土空间总体规划（2025—2040年）》的通知";
  const char *nested = "关于提请审议《白鹭市人民代表大会常务委员会关于修改〈白鹭市城市绿化条例〉的决定（草案）》的议案";
  const char *census = "关于开展第三次全国土壤普查外业调查采样工作的通知";
  const char *ozone = "关于加强全县PM10与臭氧协同控制的实施意见";
  const char *school = "关于东陵市第一中学新校区建设的批复";
  const char *fire = "关于柳河县“9·26”重大火灾事故调查处理情况的通报";
  const char *quality = "关于推动全县新能源汽车产业高质量发展的实施意见";
  const char *aim = "奋力谱写东陵高质量发展新篇章";
  const char *term = "在县委党校2027年秋季学期主体班开班式上的讲话";
  const char *departments = "关于印发县民政局等六部门联合工作方案的通知";
  const char *villages = "关于公布全县村（社区）党组织书记名单的通知";
  const char *summary = "石门县2026年河长制建设工作总结和2027年工作计划";
  const char *three_years = "关于印发全县农村人居环境整治三年行动方案的通知";
  const char *apps = "在全市APP违法违规收集使用个人信息专项治理工作会议上的讲话";
  const char *rural = "关于加快推进县域商业体系建设促进农村消费的若干措施";
  const char *bridges = "岑阳市城市管理局关于印发《岑阳市城市道路桥梁设施养护管理办法（试行）》的通知";
  const char *batches = "关于印发《松崖县“五个一批”项目谋划储备管理暂行办法》的通知";
  const char *heritage = "关于加强城市更新中历史文化保护传承工作的意见";
  const char *repeal = "关于废止和修改部分市政府规章及规范性文件的决定";
  const char *detailed = "关于白鹭市柳河片区控制性详细规划（修编）的批复";
  const char *risks = "关于成立白鹭市防范化解重大经济金融风险工作领导小组的通知";
  const char *fiveg = "关于印发《白鹭市推进5G+工业互联网融合应用三年行动计划（2026—2028年）》的通知";
  const char *improve = "关于进一步加强和改进新时代人大代表工作的意见";
  const char *victory = "在纪念中国人民抗日战争暨世界反法西斯战争胜利80周年座谈会上的发言";
  const char *seventy = "在纪念县人民代表大会成立七十周年座谈会上的讲话";
  const char *cadres = "在全区机关干部作风集中整顿动员大会上的讲话";
  const char *investment = "关于印发《东陵市政府投资项目管理办法》的通知";
  const char *regions = "推进城乡区域协调发展";
  const char *reading = "在市委常委会“以学促干”专题读书班上的研讨发言";
  const char *safety = "在全县第三十个“全国中小学生安全教育日”主题活动启动仪式上的讲话";
  const char *inspection = "关于开展“清风护航”专项检查工作的通知";
  const char *reform = "在全县深化“放管服”改革优化营商环境大会上的讲话";
  const char *proposal = "关于区政协六届二次会议第0318号提案的答复";
  const char *one_one = "关于完善村级公益事业一事一议筹资筹劳制度的意见";
  const char *special = "关于2027年全县校园食品安全专项督查情况的通报";
  const char *batch = "关于公布第五批汀州市历史文化街区名录的通知";
  const char *problems = "关于全县安全生产大检查发现问题整改情况的报告";
  const char *app = "关于推广使用“汀政通”APP办理社保业务的通知";
  const char *analysis = "关于2027年全市食品抽检情况的分析报告";
  const char *ranks = "关于进一步加强全县应急救援队伍建设的实施意见";
  const char *farmland = "关于全县高标准农田建设项目储备工作的通知";
  const char *summing_up = "在全县安全生产工作总结会议上的讲话";
  const char *base = "在全县“强基工程”暨“一老一小”服务提质年活动启动仪式上的讲话";
  const char *holidays = "关于做好2027年元旦春节期间值班值守工作的通知";
  const char *school_year = "在实验小学2026—2027学年第一学期开学典礼上的讲话";

  if (skip_without_lexicon ())
    return;
  g_assert_cmpint (title_price_at (graduates, 10), >=, 12);               /* 技工学校|毕业生 */
  g_assert_cmpint (title_price_at (graduates, 13), >=, 0);                /* 毕业生|就业 */
  g_assert_cmpint (title_price_at (graduates, 13), <, 12);
  g_assert_cmpint (title_price_at (land, 9), >=, 14);                     /* 建设|用地 */
  g_assert_cmpint (title_price_at (land, 7), >=, 0);                      /* 加强|建设用地 */
  g_assert_cmpint (title_price_at (land, 7), <, 14);
  g_assert_cmpint (title_price_at (forest, 5), ==, FY_TITLE_NO_BREAK);    /* 森林|草原 */
  g_assert_cmpint (title_price_at (hotline, 17), >=, 14);                 /* 12345|政务服务 */
  g_assert_cmpint (title_price_at (trade, 8), >=, 14);                    /* 跨境电商|B2B */
  g_assert_cmpint (title_price_at (staff, 8), ==, FY_TITLE_NO_BREAK);     /* 工作|人员 */
  g_assert_cmpint (title_price_at (process, 12), >=, 30);                 /* 进程|中 */
  /* a place the dictionary lacks is read as single characters: their
   * run is one name, and the break before it is an object's */
  g_assert_cmpint (title_price_at (approval, 11), >=, 0);                 /* 关于同意|桐川 */
  g_assert_cmpint (title_price_at (approval, 11), <=, 6);
  g_assert_cmpint (title_price_at (campaign, 12), >=, 14);                /* “……”|实践活动 */
  /* a quoted name of fewer than ten characters and the noun it names:
   * dear enough that a narrow title takes other lines (“以学促干”|专题);
   * a longer one is a phrase of its own */
  g_assert_cmpint (title_price_at (reading, 12), >=, 22);
  g_assert_cmpint (title_price_at (safety, 20), >=, 0);
  g_assert_cmpint (title_price_at (safety, 20), <, 20);
  g_assert_cmpint (title_price_at (fengqiao, 14), >=, 0);                 /* “枫桥经验”|推进 */
  g_assert_cmpint (title_price_at (fengqiao, 14), <, 14);
  g_assert_cmpint (title_price_at (support, 5), >=, 16);                  /* 桐|川 */
  g_assert_cmpint (title_price_at (support, 6), >=, 0);                   /* 桐川|加快 */
  g_assert_cmpint (title_price_at (support, 6), <, 16);
  /* a postposition of two characters closes a modifier of the noun
   * after it (规模以上工业) */
  g_assert_cmpint (title_price_at (industry, 14), >=, 20);                /* 规模|以上 */
  g_assert_cmpint (title_price_at (industry, 16), >=, 16);                /* 以上|工业 */
  /* a verb between two nouns is a term's part (公路养护质量), after a
   * place it is the place's act (嘉陵区创建|国家级……) */
  g_assert_cmpint (title_price_at (upkeep, 8), >=, 12);                   /* 养护|质量 */
  g_assert_cmpint (title_price_at (create, 9), >=, 0);                    /* 创建|国家级 */
  g_assert_cmpint (title_price_at (create, 9), <, 12);
  /* 等 and 和 inside a word (等级, 和谐) are no particle or conjunction */
  g_assert_cmpint (title_price_at (grade, 15), >=, 12);                   /* 质量|等级 */
  /* 等 with a count opens what it sums up (西塘社区|等4个社区); with a
   * kind it closes one phrase (高校毕业生等青年) */
  g_assert_cmpint (title_price_at (graduates2, 12), >=, 12);              /* 毕业生|等青年 */
  g_assert_cmpint (title_price_at (districts, 19), >=, 0);                /* 社区|等4个 */
  g_assert_cmpint (title_price_at (districts, 19), <, 8);
  g_assert_cmpint (title_price_at (districts, 20), ==, FY_TITLE_NO_BREAK); /* 等|4个 */
  /* a measure word after no number ends a word (燃气管|道) */
  g_assert_cmpint (title_price_at (pipes, 11), >=, 16);
  g_assert_cmpint (title_price_at (harmony, 9), >=, 8);                   /* 一体化|和谐 */
  /* an anniversary stays with its occasion (战争|胜利80周年, 七十|周年);
   * 干部 is no body's name (机关干部|作风) */
  g_assert_cmpint (title_price_at (victory, 20), >=, 20);                 /* 战争|胜利 */
  g_assert_cmpint (title_price_at (victory, 26), >=, 0);                  /* 周年|座谈会 */
  g_assert_cmpint (title_price_at (victory, 26), <=, 6);
  g_assert_cmpint (title_price_at (seventy, 14), ==, FY_TITLE_NO_BREAK);  /* 七十|周年 */
  g_assert_cmpint (title_price_at (cadres, 7), >=, 8);                    /* 干部|作风 */
  /* a modifier the dictionary reads alone (新|时代) goes with what follows */
  g_assert_cmpint (title_price_at (improve, 10), >=, 0);                  /* 改进|新时代 */
  g_assert_cmpint (title_price_at (improve, 10), <, 14);
  /* a place the dictionary lacks keeps its level (云台|镇, 东陵|市政府),
   * also read one character at a time (岑|阳|市), and its 本级 */
  g_assert_cmpint (title_price_at (debt, 9), ==, FY_TITLE_NO_BREAK);      /* 岑|阳市 */
  g_assert_cmpint (title_price_at (debt, 11), ==, FY_TITLE_NO_BREAK);     /* 岑阳市|本级 */
  g_assert_cmpint (title_price_at (debt, 8), >=, 0);                      /* 年度|岑阳市 */
  /* two acts side by side are one (调查|采样), unless the second opens a
   * phrase (建设|促进); a verb and a short object before the noun they
   * qualify are one phrase (使用|个人信息|专项治理); a census closes its
   * term (土壤|普查) */
  g_assert_cmpint (title_price_at (census, 17), >=, 12);                  /* 调查|采样 */
  g_assert_cmpint (title_price_at (census, 11), >=, 16);                  /* 土壤|普查 */
  g_assert_cmpint (title_price_at (census, 13), >=, 0);                   /* 普查|外业 */
  g_assert_cmpint (title_price_at (census, 13), <, 16);
  g_assert_cmpint (title_price_at (apps, 14), >=, 14);                    /* 使用|个人信息 */
  g_assert_cmpint (title_price_at (rural, 14), >=, 0);                    /* 建设|促进 */
  g_assert_cmpint (title_price_at (rural, 14), <, 12);
  /* the place a 《》 name opens with is a phrase of its own */
  g_assert_cmpint (title_price_at (bridges, 16), >=, 0);                  /* 《岑阳市|城市道路 */
  g_assert_cmpint (title_price_at (bridges, 16), <=, 10);
  g_assert_cmpint (title_price_at (bridges, 20), >, 10);                  /* 城市道路|桥梁 */
  /* a range of years is one (（2025|—2040年）) */
  g_assert_cmpint (title_price_at (range, 21), ==, FY_TITLE_NO_BREAK);
  g_assert_cmpint (title_price_at (range, 22), ==, FY_TITLE_NO_BREAK);
  /* 〈〉 nested in a 《》 name open and close phrases as 《》 do */
  g_assert_cmpint (title_price_at (nested, 36), >=, 0);                   /* 〉|的决定 */
  g_assert_cmpint (title_price_at (nested, 36), <, 16);
  /* a short quoted term inside a 《》 name is whole (“五个|一批”) */
  g_assert_cmpint (title_price_at (batches, 11), >=, 30);
  /* two verbs of one act (保护|传承) */
  g_assert_cmpint (title_price_at (heritage, 15), >=, 20);
  g_assert_cmpint (title_price_at (fiveg, 20), >=, 20);                   /* 融合|应用 */
  g_assert_cmpint (title_price_at (repeal, 4), >=, 20);                   /* 废止|和修改 */
  g_assert_cmpint (title_price_at (repeal, 7), >=, 0);                    /* 废止和修改|部分 */
  g_assert_cmpint (title_price_at (repeal, 7), <, 12);
  /* a word in 性 qualifies the noun after it; the level that ends a
   * place is no character alone (白鹭市|防范) */
  g_assert_cmpint (title_price_at (detailed, 12), >=, 16);                /* 控制性|详细 */
  g_assert_cmpint (title_price_at (risks, 7), >=, 0);                     /* 白鹭市|防范 */
  g_assert_cmpint (title_price_at (risks, 7), <, 16);
  g_assert_cmpint (title_price_at (township, 7), ==, FY_TITLE_NO_BREAK);  /* 云台|镇 */
  g_assert_cmpint (title_price_at (township, 8), >=, 0);                  /* 云台镇|较大 */
  g_assert_cmpint (title_price_at (investment, 8), ==, FY_TITLE_NO_BREAK); /* 东陵|市政府 */
  g_assert_cmpint (title_price_at (regions, 4), >=, 0);                   /* 城乡|区域 */
  /* a Latin term and the noun paired with it are one subject; an adverb
   * read as a noun stays with its verb */
  g_assert_cmpint (title_price_at (ozone, 10), >=, 14);                   /* PM10|与臭氧 */
  g_assert_cmpint (title_price_at (ozone, 15), >=, 16);                   /* 协同|控制 */
  g_assert_cmpint (title_price_at (ozone, 13), >=, 0);                    /* 臭氧|协同 */
  /* an ordinal names what follows, a count of years qualifies it; a
   * calendar year closes its phrase */
  g_assert_cmpint (title_price_at (school, 7), ==, FY_TITLE_NO_BREAK);    /* 第一|中学 */
  g_assert_cmpint (title_price_at (three_years, 16), >=, 20);             /* 三年|行动方案 */
  g_assert_cmpint (title_price_at (three_years, 14), >=, 0);              /* 整治|三年 */
  g_assert_cmpint (title_price_at (three_years, 14), <, 16);
  /* a quoted date names what follows */
  g_assert_cmpint (title_price_at (fire, 11), >=, 28);                    /* “9·26”|重大火灾 */
  g_assert_cmpint (title_price_at (fire, 5), >=, 0);                      /* 柳河县|“9·26” */
  /* 高质量发展 after what develops is a phrase of its own */
  g_assert_cmpint (title_price_at (quality, 13), >=, 0);                  /* 产业|高质量发展 */
  g_assert_cmpint (title_price_at (quality, 13), <=, 6);
  g_assert_cmpint (title_price_at (aim, 6), >, 6);                        /* 东陵|高质量发展新篇章 */
  /* a year and its season are one time; a count of departments is one
   * number; a bracket that qualifies a word goes on with the noun after */
  g_assert_cmpint (title_price_at (term, 10), >=, 24);                    /* 2027年|秋季 */
  /* so are a year and its quarter, holiday or term (词意完整) */
  g_assert_cmpint (title_price_at (holidays, 9), >=, 24);                 /* 2027年|元旦 */
  g_assert_cmpint (title_price_at (holidays, 11), >=, 24);                /* 元旦|春节期间 */
  g_assert_cmpint (title_price_at (holidays, 15), >=, 0);                 /* 期间|值班 */
  g_assert_cmpint (title_price_at (holidays, 15), <, 24);
  g_assert_cmpint (title_price_at (school_year, 14), ==, FY_TITLE_NO_BREAK); /* 2027|学年 */
  g_assert_cmpint (title_price_at (school_year, 16), >=, 24);             /* 学年|第一学期 */
  g_assert_cmpint (title_price_at (departments, 10), ==, FY_TITLE_NO_BREAK); /* 六|部门 */
  g_assert_cmpint (title_price_at (villages, 11), >=, 20);                /* 村（社区）|党组织 */
  /* a quoted name's qualifier goes on with the noun it qualifies; a
   * word the quote names whole closes its phrase */
  g_assert_cmpint (title_price_at (inspection, 12), >=, 24);              /* “……”专项|检查 */
  g_assert_cmpint (title_price_at (reform, 12), >=, 0);                   /* “……”改革|优化 */
  g_assert_cmpint (title_price_at (reform, 12), <, 24);
  /* 第 and its number in digits; a set phrase in 一X一Y */
  g_assert_cmpint (title_price_at (proposal, 12), ==, FY_TITLE_NO_BREAK); /* 第|0318号 */
  g_assert_cmpint (title_price_at (one_one, 12), ==, FY_TITLE_NO_BREAK);  /* 一事|一议 */
  g_assert_cmpint (title_price_at (one_one, 14), >=, 0);                  /* 一事一议|筹资 */
  /* an ordinal stays with what it counts, dearer than a line more */
  g_assert_cmpint (title_price_at (batch, 7), >=, 24);                    /* 第五批|汀州市 */
  g_assert_cmpint (title_price_at (batch, 4), >=, 0);                     /* 公布|第五批 */
  g_assert_cmpint (title_price_at (batch, 4), <, 24);
  /* 问题, 报告 and 会议 close the word before them, as 情况 does */
  g_assert_cmpint (title_price_at (problems, 13), ==, FY_TITLE_NO_BREAK); /* 发现|问题 */
  g_assert_cmpint (title_price_at (problems, 15), >=, 0);                 /* 发现问题|整改 */
  g_assert_cmpint (title_price_at (analysis, 18), ==, FY_TITLE_NO_BREAK); /* 分析|报告 */
  g_assert_cmpint (title_price_at (summing_up, 11), ==, FY_TITLE_NO_BREAK); /* 总结|会议 */
  /* 建设 closes the noun it is the building of, unless a noun follows */
  g_assert_cmpint (title_price_at (ranks, 15), >=, 24);                   /* 队伍|建设 */
  g_assert_cmpint (title_price_at (farmland, 9), >=, 0);                  /* 农田|建设项目 */
  g_assert_cmpint (title_price_at (farmland, 9), <, 24);
  /* a quoted name and the Latin word it names */
  g_assert_cmpint (title_price_at (app, 11), >=, 25);                     /* “汀政通”|APP */
  g_assert_cmpint (title_price_at (base, 9), >=, 0);                      /* “强基工程”|暨 */
  g_assert_cmpint (title_price_at (base, 9), <, 14);
  /* 专项 qualifies what follows */
  g_assert_cmpint (title_price_at (special, 17), >=, 20);                 /* 专项|督查 */
  g_assert_cmpint (title_price_at (special, 15), >=, 0);                  /* 食品安全|专项 */
  g_assert_cmpint (title_price_at (special, 15), <, 20);
  /* a summary or a plan of the work is a kind of document */
  g_assert_cmpint (title_price_at (summary, 13), >=, 0);                  /* 建设|工作总结 */
  g_assert_cmpint (title_price_at (summary, 13), <=, 6);
}

/* With the dictionary: an organ's name may open right after a verb
 * (增设|……人民法院……人民法庭), unless a verb opens it (设立 is no place);
 * a body in a list of bodies is one name (、学位评定委员会和……). */
static void
test_title_organ_lists (void)
{
  const char *tribunal = "关于增设汀州市中级人民法院东湖人民法庭的请示";
  const char *county = "关于增设枫陵县人民法院梧渡人民法庭的请示";
  const char *centre = "关于申请设立区级儿童福利指导中心的请示";
  const char *committees = "关于调整学院学术委员会、学位评定委员会和教学指导委员会委员的通知";

  if (skip_without_lexicon ())
    return;
  g_assert_cmpint (title_price_at (tribunal, 13), ==, FY_TITLE_NO_BREAK);   /* 人民法院|东湖 */
  g_assert_cmpint (title_price_at (tribunal, 15), ==, FY_TITLE_NO_BREAK);   /* 东湖|人民法庭 */
  /* a county's court: only the organ after a verb keeps it whole (the
   * city's 中级人民法院 above is found without it) */
  g_assert_cmpint (title_price_at (county, 7), ==, FY_TITLE_NO_BREAK);      /* 枫陵县|人民法院 */
  g_assert_cmpint (title_price_at (county, 11), ==, FY_TITLE_NO_BREAK);     /* 人民法院|梧渡 */
  g_assert_cmpint (title_price_at (county, 4), >=, 0);                      /* 增设|枫陵县 */
  g_assert_cmpint (title_price_at (centre, 6), >=, 0);                      /* 设立|区级 */
  g_assert_cmpint (title_price_at (committees, 14), ==, FY_TITLE_NO_BREAK); /* 学位|评定 */
  g_assert_cmpint (title_price_at (committees, 22), ==, FY_TITLE_NO_BREAK); /* 教学|指导 */
  g_assert_cmpint (title_price_at (committees, 20), >=, 0);                 /* 委员会和|教学 */
}

/* The name of an event (a fair, a forum, a contest, a festival) is one
 * name with its head, unlike a meeting's topic and its kind (……工作|推进会):
 * a break inside it is priced as one inside a term, dear but possible when
 * no line holds it. */
static void
test_title_events (void)
{
  const char *fair = "关于举办桐川市第三届丝绸产业博览会的通知";
  const char *docking = "在全市农产品产销对接会上的讲话";
  const char *forum = "桐川市商务局关于举办数字经济发展高峰论坛的通知";
  const char *reading = "在桐川市第二届全民阅读节开幕式上的致辞";
  const char *contest = "关于组织参加江川省青年创新创业大赛的通知";
  const char *meeting = "在全市安全生产工作推进会上的讲话";
  const char *quoted = "桐川市第二届“桐川工匠”职业技能竞赛实施方案";
  const char *month = "在全市医疗保障基金监管集中宣传月活动启动仪式上的致辞";
  const char *tea = "在2026中国（白鹭）国际茶业博览会开幕式上的致辞";
  const char *named = "在全县村党组织书记“亮晒比拼”述职评议会上的讲话";
  const char *round = "关于举办梧州市第三届“梧州工匠”职业技能大赛的通知";
  const char *session = "关于召开青川县第十九届人民代表大会第五次会议的决定";
  const char *topic = "在全县坚持和发展“枫桥经验”工作推进会上的讲话";
  const char *own_head = "在全县2027年项目建设“一号行动”誓师大会上的讲话";
  const char *two_quotes = "在全区全力创建全国“文明城市”“三连冠”动员大会上的讲话";
  const char *villages = "在全县深入实施“千村示范万村整治”工程推进大会上的讲话";

  if (skip_without_lexicon ())
    return;
  g_assert_cmpint (title_price_at (fair, 12), >=, 20);                  /* 丝绸|产业 */
  g_assert_cmpint (title_price_at (fair, 14), >=, 20);                  /* 产业|博览会 */
  g_assert_cmpint (title_price_at (fair, 14), !=, FY_TITLE_NO_BREAK);
  g_assert_cmpint (title_price_at (fair, 4), >=, 0);                    /* 举办|桐川市 */
  g_assert_cmpint (title_price_at (fair, 4), <=, 6);
  g_assert_cmpint (title_price_at (docking, 8), >=, 20);                /* 产销|对接会 */
  g_assert_cmpint (title_price_at (docking, 10), >=, 20);               /* 对接|会上 */
  g_assert_cmpint (title_price_at (forum, 14), >=, 20);                 /* 数字经济|发展 */
  g_assert_cmpint (title_price_at (forum, 16), >=, 20);                 /* 发展|高峰论坛 */
  g_assert_cmpint (title_price_at (forum, 10), >=, 0);                  /* 举办|数字经济 */
  g_assert_cmpint (title_price_at (forum, 10), <=, 6);
  g_assert_cmpint (title_price_at (reading, 9), >=, 20);                /* 全民|阅读 */
  g_assert_cmpint (title_price_at (reading, 11), >=, 20);               /* 阅读|节 */
  g_assert_cmpint (title_price_at (contest, 11), >=, 20);               /* 青年|创新 */
  g_assert_cmpint (title_price_at (contest, 15), >=, 20);               /* 创业|大赛 */
  g_assert_cmpint (title_price_at (contest, 6), >=, 0);                 /* 参加|江川省 */
  g_assert_cmpint (title_price_at (contest, 6), <=, 8);
  /* a fair's year and its country's place in brackets open its name */
  g_assert_cmpint (title_price_at (tea, 5), >=, 20);                    /* 2026|中国 */
  g_assert_cmpint (title_price_at (tea, 11), >=, 20);                   /* （白鹭）|国际 */
  g_assert_cmpint (title_price_at (tea, 18), >=, 0);                    /* 博览会|开幕式 */
  g_assert_cmpint (title_price_at (tea, 18), <=, 6);
  /* a campaign's month and its 活动 are one name with their topic */
  g_assert_cmpint (title_price_at (month, 11), >=, 20);                  /* 监管|集中 */
  g_assert_cmpint (title_price_at (month, 16), >=, 20);                 /* 宣传月|活动 */
  g_assert_cmpint (title_price_at (month, 18), >=, 0);                  /* 活动|启动仪式 */
  g_assert_cmpint (title_price_at (month, 18), <=, 6);
  g_assert_cmpint (title_price_at (meeting, 9), >=, 0);                 /* 工作|推进会 */
  g_assert_cmpint (title_price_at (meeting, 9), <=, 6);
  /* a quoted name is the event's own */
  g_assert_cmpint (title_price_at (quoted, 12), >=, 20);                /* “桐川工匠”|职业技能 */
  g_assert_cmpint (title_price_at (quoted, 16), >=, 20);                /* 职业技能|竞赛 */
  /* a place holds the event's round: a phrase of its own; the round
   * stays with the name it counts, dearer than a line more
   * (docs/typesetting.md, Titles); a congress's session is one name with
   * its place, cut only where no line holds it */
  g_assert_cmpint (title_price_at (round, 7), >=, 0);                   /* 梧州市|第三届 */
  g_assert_cmpint (title_price_at (round, 7), <=, 6);
  g_assert_cmpint (title_price_at (round, 10), >=, 24);                 /* 第三届|“梧州工匠” */
  g_assert_cmpint (title_price_at (round, 16), >=, 28);                 /* “梧州工匠”|职业技能 */
  g_assert_cmpint (title_price_at (session, 7), >, 12);                 /* 青川县|第十九届 */
  /* a quoted name before the meeting's kind names the meeting; before
   * 工作 it is what the work is about */
  g_assert_cmpint (title_price_at (named, 15), >=, 12);                 /* “亮晒比拼”|述职 */
  g_assert_cmpint (title_price_at (named, 9), >=, 0);                   /* 书记|“亮晒比拼” */
  g_assert_cmpint (title_price_at (topic, 14), >=, 0);                  /* “枫桥经验”|工作 */
  g_assert_cmpint (title_price_at (topic, 14), <=, 6);
  /* …… and so where the quote ends on what it names (“一号行动”|誓师大会);
   * two quoted names side by side are one, a short quote is cut nowhere */
  g_assert_cmpint (title_price_at (own_head, 18), >=, 0);               /* “一号行动”|誓师 */
  g_assert_cmpint (title_price_at (own_head, 18), <=, 6);
  g_assert_cmpint (title_price_at (two_quotes, 15), >=, 28);            /* “文明城市”|“三连冠” */
  g_assert_cmpint (title_price_at (villages, 10), >=, 30);              /* “千村|示范” */
}

/* A school, a company, a station or a hall named after its place is an
 * organ's name: whole (澜州市第一中学, not 第一|中学), its edges open; a
 * company's name is whole from the place without a level (蕖北……有限公司). */
static void
test_title_institutions (void)
{
  const char *school = "关于汀州市第一中学新校区建设项目初步设计的批复";
  const char *company = "汀州城市建设投资集团有限公司关于申请增加注册资本的请示";
  const char *station = "汀州市水文站关于2027年汛期水情监测的报告";
  const char *hall = "在汀州市档案馆新馆启用仪式上的致辞";
  const char *group = "在蕖北交通投资集团有限公司2027年度安全生产工作会议上的讲话";
  const char *layout = "关于汀州市优化产业布局推动高质量发展的意见";
  const char *plans = "关于汀州市贯彻落实全会部署情况的报告";
  const char *chargers = "关于汀州市新能源汽车充电站点布局规划的批复";

  g_assert_cmpint (title_price_at (school, 7), ==, FY_TITLE_NO_BREAK);   /* 第一|中学 */
  g_assert_cmpint (title_price_at (school, 9), >=, 0);                   /* 中学|新校区 */
  g_assert_cmpint (title_price_at (company, 6), ==, FY_TITLE_NO_BREAK);  /* 投资|集团 */
  g_assert_cmpint (title_price_at (company, 8), ==, FY_TITLE_NO_BREAK);  /* 集团|有限公司 */
  g_assert_cmpint (title_price_at (company, 14), >=, 0);                 /* 有限公司|关于 */
  g_assert_cmpint (title_price_at (station, 3), ==, FY_TITLE_NO_BREAK);  /* 汀州市|水文站 */
  g_assert_cmpint (title_price_at (station, 6), >=, 0);                  /* 水文站|关于 */
  g_assert_cmpint (title_price_at (hall, 4), ==, FY_TITLE_NO_BREAK);     /* 汀州市|档案馆 */
  g_assert_cmpint (title_price_at (hall, 7), >=, 0);                     /* 档案馆|新馆 */
  /* a company named after a place without its level */
  g_assert_cmpint (title_price_at (group, 3), ==, FY_TITLE_NO_BREAK);    /* 蕖北|交通 */
  g_assert_cmpint (title_price_at (group, 9), ==, FY_TITLE_NO_BREAK);    /* 集团|有限公司 */
  g_assert_cmpint (title_price_at (group, 13), >=, 0);                   /* 有限公司|2027 */
  /* a word that ends like an organ, or starts with an organ's ending,
   * names none (产业布局, 全会部署, 充电站点) */
  g_assert_cmpint (title_price_at (layout, 5), >=, 0);                   /* 汀州市|优化 */
  g_assert_cmpint (title_price_at (plans, 9), >=, 0);                    /* 落实|全会 */
  g_assert_cmpint (title_price_at (chargers, 10), >=, 0);                /* 汽车|充电站点 */
  g_assert_cmpint (title_price_at (chargers, 13), ==, FY_TITLE_NO_BREAK); /* 充电站|点 */
}

/* A body an organ has, written straight after it, is one name with it
 * (汀州市人民政府国有资产监督管理委员会); joint issuers with places of their
 * own, a bare level (市委) and the ministries are not.  A name longer
 * than the characters' reach is read over words. */
static void
test_title_organ_bodies (void)
{
  const char *assets = "汀州市人民政府国有资产监督管理委员会关于印发《市属企业投资监督管理办法》的通知";
  const char *law = "中共汀州市委全面依法治市委员会办公室关于开展法治政府建设示范创建活动的通知";
  const char *joint = "中共汀州市委汀州市人民政府关于加快建设全国统一大市场的实施意见";
  const char *level = "在市委全面深化改革委员会第六次会议上的讲话";
  const char *ministries = "国家发展改革委财政部关于做好中央预算内投资项目管理工作的通知";
  const char *loans = "关于表彰汀州市中小微企业首贷续贷服务中心等先进集体的决定";
  const char *congress = "蕖川市人民代表大会监察和司法委员会关于市中级人民法院执行工作情况的调研报告";
  const char *college = "蕖川师范学院马克思主义学院关于开展2027年度思想政治理论课教学竞赛的通知";
  const char *street = "泓溪县东湖街道办事处关于东湖街道西塘社区居民委员会换届选举工作的报告";
  const char *station = "蕖川市人民检察院关于设立蕖川市人民检察院驻蕖川高新技术产业开发区检察室的请示";
  const char *cppcc = "政协蕖川市委员会办公室关于召开政协蕖川市第七届委员会常务委员会第八次会议的通知";

  g_assert_cmpint (title_price_at (assets, 7), ==, FY_TITLE_NO_BREAK);     /* 人民政府|国有资产 */
  g_assert_cmpint (title_price_at (assets, 18), >=, 0);                     /* 委员会|关于 */
  g_assert_cmpint (title_price_at (law, 6), ==, FY_TITLE_NO_BREAK);        /* 市委|全面 */
  g_assert_cmpint (title_price_at (joint, 6), >=, 0);                       /* 市委|汀州市 */
  g_assert_cmpint (title_price_at (level, 3), >=, 0);                       /* 市委|全面 */
  g_assert_cmpint (title_price_at (ministries, 7), >=, 0);                  /* 改革委|财政部 */
  g_assert_cmpint (title_price_at (loans, 7), ==, FY_TITLE_NO_BREAK);      /* 汀州市|中小微 */
  g_assert_cmpint (title_price_at (loans, 4), >=, 0);                       /* 表彰|汀州市 */
  g_assert_cmpint (title_price_at (loans, 20), >=, 0);                      /* 服务中心|等 */
  /* the issuer's own body is no second issuer: a committee whose name
   * opens with a verbal noun, a school of a college, a street's office */
  g_assert_cmpint (title_price_at (congress, 9), ==, FY_TITLE_NO_BREAK);   /* 人民代表大会|监察 */
  g_assert_cmpint (title_price_at (congress, 17), >=, 0);                   /* 委员会|关于 */
  g_assert_cmpint (title_price_at (college, 6), ==, FY_TITLE_NO_BREAK);    /* 师范学院|马克思 */
  g_assert_cmpint (title_price_at (college, 13), >=, 0);                    /* 学院|关于 */
  g_assert_cmpint (title_price_at (street, 7), ==, FY_TITLE_NO_BREAK);     /* 街道|办事处 */
  g_assert_cmpint (title_price_at (street, 10), >=, 0);                     /* 办事处|关于 */
  /* a body stationed in a zone: 驻, the zone and the body are one name,
   * the organ before 驻 is another */
  g_assert_cmpint (title_price_at (station, 20), >=, 0);                    /* 人民检察院|驻 */
  g_assert_cmpint (title_price_at (station, 21), ==, FY_TITLE_NO_BREAK);   /* 驻|蕖川 */
  g_assert_cmpint (title_price_at (station, 32), ==, FY_TITLE_NO_BREAK);   /* 开发区|检察室 */
  /* 政协 opens an organ's name as 中共 does */
  g_assert_cmpint (title_price_at (cppcc, 2), ==, FY_TITLE_NO_BREAK);      /* 政协|蕖川市 */
  g_assert_cmpint (title_price_at (cppcc, 11), >=, 0);                      /* 办公室|关于 */
  g_assert_cmpint (title_price_at (cppcc, 26), ==, FY_TITLE_NO_BREAK);     /* 委员会|常务委员会 */
  g_assert_cmpint (title_price_at (cppcc, 31), >=, 0);                      /* 常务委员会|第八次 */
}

/* The compound terms of official writing (fy-title-terms.c) are never
 * split, dictionary or not: two nouns that name one thing together
 * (基层医疗|卫生机构, 新能源|汽车); a break at a term's edge stays open. */
static void
test_title_terms (void)
{
  const char *clinics = "关于加快基层医疗卫生机构能力提升的实施意见";
  const char *airspace = "在全市低空经济产业发展大会上的讲话";
  const char *data = "关于开展公共数据授权运营试点的通知";
  const char *dishes = "关于支持预制菜产业高质量发展的若干措施";
  const char *cars = "关于加强新能源汽车充换电设施建设的意见";
  const char *governance = "推动基层治理体系和治理能力现代化在全市落地见效";
  const char *drones = "关于推进民用无人驾驶航空器安全监管的实施意见";
  const char *campaign = "关于印发全县农村供水保障三年攻坚行动方案的通知";
  const char *joint = "在汀州市区域协作工作联席会议上的讲话";
  const char *funds = "关于规范住房公积金管理使用的通知";
  const char *county = "关于推进县域医疗卫生共同体建设的实施意见";
  const char *subsidy = "关于下达老旧小区改造财政补助资金的通知";
  const char *metro = "关于汀州市轨道交通2号线二期工程可行性研究报告的批复";
  const char *rights = "关于加强新就业形态劳动者权益保障工作的意见";

  g_assert_cmpint (title_price_at (clinics, 8), ==, FY_TITLE_NO_BREAK);   /* 基层医疗|卫生机构 */
  g_assert_cmpint (title_price_at (airspace, 5), ==, FY_TITLE_NO_BREAK);  /* 低空|经济 */
  g_assert_cmpint (title_price_at (data, 8), ==, FY_TITLE_NO_BREAK);      /* 公共数据|授权运营 */
  g_assert_cmpint (title_price_at (data, 10), ==, FY_TITLE_NO_BREAK);     /* 授权|运营 */
  g_assert_cmpint (title_price_at (dishes, 7), ==, FY_TITLE_NO_BREAK);    /* 预制菜|产业 */
  g_assert_cmpint (title_price_at (cars, 7), ==, FY_TITLE_NO_BREAK);      /* 新能源|汽车 */
  g_assert_cmpint (title_price_at (cars, 12), ==, FY_TITLE_NO_BREAK);     /* 充换电|设施 */
  /* a fixed term of two coordinated nouns and their head */
  g_assert_cmpint (title_price_at (governance, 8), ==, FY_TITLE_NO_BREAK); /* 治理体系|和 */
  g_assert_cmpint (title_price_at (governance, 13), ==, FY_TITLE_NO_BREAK); /* 治理能力|现代化 */
  /* names of schemes and acts that unseen titles split */
  g_assert_cmpint (title_price_at (drones, 10), ==, FY_TITLE_NO_BREAK);   /* 无人驾驶|航空器 */
  g_assert_cmpint (title_price_at (campaign, 14), ==, FY_TITLE_NO_BREAK); /* 三年|攻坚 */
  g_assert_cmpint (title_price_at (campaign, 16), ==, FY_TITLE_NO_BREAK); /* 攻坚|行动 */
  g_assert_cmpint (title_price_at (joint, 10), ==, FY_TITLE_NO_BREAK);    /* 工作|联席会议 */
  g_assert_cmpint (title_price_at (funds, 11), ==, FY_TITLE_NO_BREAK);    /* 管理|使用 */
  g_assert_cmpint (title_price_at (county, 10), ==, FY_TITLE_NO_BREAK);   /* 医疗卫生|共同体 */
  g_assert_cmpint (title_price_at (subsidy, 12), ==, FY_TITLE_NO_BREAK);  /* 财政|补助 */
  g_assert_cmpint (title_price_at (rights, 14), ==, FY_TITLE_NO_BREAK);   /* 权益|保障 */
  /* a line's number is one name with its way (轨道交通2号线) */
  g_assert_cmpint (title_price_at (metro, 9), ==, FY_TITLE_NO_BREAK);     /* 轨道交通|2号线 */
  g_assert_cmpint (title_price_at (metro, 10), ==, FY_TITLE_NO_BREAK);    /* 2|号线 */
  g_assert_cmpint (title_price_at (metro, 11), ==, FY_TITLE_NO_BREAK);    /* 号|线 */
  g_assert_cmpint (title_price_at (metro, 12), >=, 0);                    /* 2号线|二期 */

  if (skip_without_lexicon ())
    return;
  g_assert_cmpint (title_price_at (clinics, 12), >=, 0);                  /* 机构|能力 */
  g_assert_cmpint (title_price_at (data, 12), >=, 0);                     /* 运营|试点 */
  g_assert_cmpint (title_price_at (cars, 14), >=, 0);                     /* 设施|建设 */
  g_assert_cmpint (title_price_at (governance, 16), >=, 0);               /* 现代化|在 */
}

/* A head that closes a compound noun (名录, 资金, 工程, 机制 …), left a
 * word of its own by the dictionary, is one term with the noun or verb
 * before it that names its kind (保护名录, 养护资金); not with a verb that
 * governs it (建立|机制). */
static void
test_title_headed_terms (void)
{
  const char *roll = "关于公布汀州市第二批历史建筑保护名录的通知";
  const char *funds = "关于下达2027年农村公路养护资金的通知";
  const char *governed = "关于建立机制保障粮食安全的意见";

  if (skip_without_lexicon ())
    return;
  g_assert_cmpint (title_price_at (roll, 16), ==, FY_TITLE_NO_BREAK);    /* 保护|名录 */
  g_assert_cmpint (title_price_at (roll, 14), >=, 0);                    /* 建筑|保护 */
  g_assert_cmpint (title_price_at (funds, 15), ==, FY_TITLE_NO_BREAK);   /* 养护|资金 */
  g_assert_cmpint (title_price_at (funds, 13), >=, 0);                   /* 公路|养护 */
  g_assert_cmpint (title_price_at (governed, 4), >=, 0);                 /* 建立|机制 */
}

/* The words of @text as "word/tag word/tag …". */
static char *
segmented (const char *text)
{
  g_autoptr(GArray) words = fy_title_lexicon_segment (text);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (words);
  for (guint i = 0; i < words->len; i++)
    {
      const FyTitleWord *w = &g_array_index (words, FyTitleWord, i);

      g_assert_cmpuint (w->start, ==, i == 0 ? 0 : g_array_index (words, FyTitleWord, i - 1).end);
      g_string_append_printf (out, "%s%.*s/%s", i > 0 ? " " : "", (int) (w->end - w->start),
                              text + w->start, w->tag);
    }
  g_assert_cmpuint (words->len > 0 ? g_array_index (words, FyTitleWord, words->len - 1).end : 0, ==,
                    strlen (text));
  return g_string_free (out, FALSE);
}

/* The title breaker's dictionary (jieba's, built into title-lexicon.bin):
 * the terms of official writing ICU splits are one word each, with their
 * parts of speech; Latin letters and digits run together; a character
 * the dictionary lacks is a word of its own. */
static void
test_title_lexicon (void)
{
  g_autofree char *forest = NULL;
  g_autofree char *staff = NULL;
  g_autofree char *mixed = NULL;

  if (skip_without_lexicon ())
    return;
  forest = segmented ("在全市森林草原防灭火工作会议上的讲话");
  g_assert_nonnull (strstr (forest, "森林草原/n"));
  g_assert_nonnull (strstr (forest, "的/uj"));
  g_assert_nonnull (g_str_has_prefix (forest, "在/p ") ? forest : NULL);
  staff = segmented ("关于人力资源和社会保障局负责同志及工作人员的通知");
  g_assert_nonnull (strstr (staff, "人力资源/n"));
  g_assert_nonnull (strstr (staff, "负责同志/n"));
  g_assert_nonnull (strstr (staff, "工作人员/n"));
  mixed = segmented ("关于5G基站和“i临江”App建设的报告（2026年）");
  g_assert_nonnull (strstr (mixed, "5G/eng"));
  g_assert_nonnull (strstr (mixed, "“/x i/eng"));
  g_assert_nonnull (strstr (mixed, "App/eng"));
  g_assert_nonnull (strstr (mixed, "2026/eng 年/"));
  g_assert_nonnull (strstr (mixed, "（/x"));

  /* turned off, there are no words and the breaker falls back to ICU */
  fy_title_lexicon_set_enabled (FALSE);
  g_assert_false (fy_title_lexicon_available ());
  g_assert_null (fy_title_lexicon_segment ("关于人力资源的通知"));
  fy_title_lexicon_set_enabled (TRUE);
  g_assert_true (fy_title_lexicon_available ());
}

/* A damaged dictionary file is refused with a warning when it is opened,
 * and titles are broken without it: nothing is read past its end.  Run
 * in a subprocess with FAYAN_TITLE_LEXICON naming a damaged copy. */
static void
test_title_lexicon_damaged_subprocess (void)
{
  if (!g_test_subprocess ())
    {
      g_test_skip ("Runs only as a subprocess of its parent test");
      return;
    }
  /* the warning is what the parent looks for, not a failure here */
  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  g_assert_false (fy_title_lexicon_available ());
  g_assert_null (fy_title_lexicon_segment ("在全市会议上的讲话"));
}

static void
run_damaged_lexicon (const char *dir,
                     const char *name,
                     const char *bytes,
                     gsize       len)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, bytes, (gssize) len, &error));
  g_assert_no_error (error);
  g_setenv ("FAYAN_TITLE_LEXICON", path, TRUE);
  g_test_trap_subprocess ("/core/grid/titles/lexicon-damaged/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*title lexicon*damaged*");
}

static void
test_title_lexicon_damaged (void)
{
  g_autofree char *dir = fy_test_make_temp_dir ("fayan-lexicon-XXXXXX");
  g_autofree char *saved = g_strdup (g_getenv ("FAYAN_TITLE_LEXICON"));
  /* One record, 会议, whose tag runs to the end of the file without its
   * NUL and cost byte, though the last-but-one byte is a NUL: the header
   * is right and the offset points inside the blob. */
  static const char record[] = "\xe4\xbc\x9a\xe8\xae\xae" "\0" "n";
  GString *file = g_string_new_len ("FYTLEX01", 8);
  guint8 le[8] = { 1, 0, 0, 0, sizeof record - 1, 0, 0, 0 };
  g_autofree char *whole = NULL;
  gsize whole_len = 0;

  g_string_append_len (file, (const char *) le, sizeof le);
  g_string_append_len (file, "\0\0\0\0", 4);        /* the record's offset */
  g_string_append_len (file, record, sizeof record - 1);
  run_damaged_lexicon (dir, "tag-past-end.bin", file->str, file->len);
  g_string_free (file, TRUE);

  /* the real dictionary cut in half, as a full disk leaves it */
  if (saved != NULL && g_file_get_contents (saved, &whole, &whole_len, NULL))
    run_damaged_lexicon (dir, "truncated.bin", whole, whole_len / 2);

  if (saved != NULL)
    g_setenv ("FAYAN_TITLE_LEXICON", saved, TRUE);
  else
    g_unsetenv ("FAYAN_TITLE_LEXICON");
  fy_test_remove_tree (dir);
}

/* Sets the titles of the labelled set @name as the title blocks of one
 * document in @preset, reads them back and counts those broken over
 * lines and those broken only at marks; every title's text is checked. */
static void
score_titles (const char *name,
              const char *preset,
              guint      *broken_out,
              guint      *acceptable_out)
{
  g_autofree char *path = fy_test_data_path (name);
  g_autofree char *contents = NULL;
  g_auto(GStrv) rows = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) marks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset (preset, &error);
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-titles-XXXXXX", &error);
  g_autofree char *pdf_path = NULL;
  g_autoptr(GFile) pdf = NULL;
  g_autoptr(PopplerDocument) reader = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  guint t = 0, broken = 0, acceptable = 0, n_lines = 0;
  glong read = 0;
  g_autoptr(GString) shown = g_string_new (NULL);
  gboolean ok = TRUE;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  rows = g_strsplit (contents, "\n", -1);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      GString *title = g_string_new (NULL);
      GArray *at = g_array_new (FALSE, FALSE, sizeof (glong));
      glong chars = 0;

      if (rows[i][0] == '#' || rows[i][0] == '\0')
        {
          g_string_free (title, TRUE);
          g_array_unref (at);
          continue;
        }
      for (const char *p = rows[i]; *p; p = g_utf8_next_char (p))
        if (*p == '|')
          g_array_append_val (at, chars);
        else
          {
            g_string_append_unichar (title, g_utf8_get_char (p));
            chars++;
          }
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, title->str));
      g_ptr_array_add (titles, g_string_free (title, FALSE));
      g_ptr_array_add (marks, at);
    }
  g_assert_cmpuint (titles->len, >=, 20);

  typesetter = fy_typesetter_new (style);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);
  pdf_path = g_build_filename (dir, "titles.pdf", NULL);
  pdf = g_file_new_for_path (pdf_path);
  g_assert_true (fy_render_pdf (layout, document, pdf, NULL, &error));
  g_assert_no_error (error);
  reader = fy_test_pdf_open (pdf_path);
  lines = fy_test_pdf_lines (reader);

  for (guint i = 0; i < lines->len && t < titles->len; i++)
    {
      FyTestPdfLine *line = g_ptr_array_index (lines, i);
      const char *title = g_ptr_array_index (titles, t);
      GArray *at = g_ptr_array_index (marks, t);
      glong n = g_utf8_strlen (title, -1);

      if (fabs (line->size - fy_style_get_role (style, FY_STYLE_ROLE_TITLE)->size) > 0.1)
        continue;
      g_assert_true (match_title_line (title, &read, line->text->str));
      g_string_append_printf (shown, "%s%s", n_lines > 0 ? " / " : "", line->text->str);
      n_lines++;
      if (read < n)
        {
          gboolean marked = FALSE;

          for (guint m = 0; m < at->len; m++)
            marked |= g_array_index (at, glong, m) == read;
          ok &= marked;
          continue;
        }
      if (n_lines > 1)
        {
          broken++;
          acceptable += ok;
          if (!ok)
            fprintf (stderr, "# title broken badly: %s\n", shown->str);
        }
      g_string_truncate (shown, 0);
      ok = TRUE;
      n_lines = 0;
      read = 0;
      t++;
    }
  g_assert_cmpuint (t, ==, titles->len);
  fprintf (stderr, "# %s%s%s: %u titles, %u broken over lines, %u of them acceptably (%.1f %%)\n",
           name, strcmp (preset, "gbt9704") == 0 ? "" : " at ", strcmp (preset, "gbt9704") == 0 ? "" : preset,
           titles->len, broken, acceptable, 100.0 * acceptable / MAX (broken, 1));
  g_assert_cmpuint (broken, >=, 8);
  g_unlink (pdf_path);
  g_rmdir (dir);
  *broken_out = broken;
  *acceptable_out = acceptable;
}

/* Item 6: titles broken by meaning.  tests/data/titles.txt holds titles
 * written for this test, each with its acceptable breaks marked "|"; all
 * are set as the title blocks of one document, read back, and every break
 * must be at a mark: 95 % of the titles broken over lines on the sets the
 * rules were refined on, and a floor on a held-out set written later. */
static void
test_titles (gconstpointer data)
{
  const char *name = data;
  guint broken = 0, acceptable = 0;

  score_titles (name, "gbt9704", &broken, &acceptable);
  /* titles.txt (65) and titles-2.txt (21) are sets the rules were
   * refined on: the goal, 95 %.  The held-out set (20) was labelled
   * after the first rules and not tuned on until the second set was
   * written (44 % then; since, a few of its failures taught terms). */
  /* titles-3.txt (30) was written and labelled blind in session 4:
   * 18 of 29 broken acceptably (62 %) before any change; the general
   * rules it then taught (heads of compounds, 基本, 以……为……) bring it
   * to 21 of 29; session 5's (暨 opens a line, 等 goes with what it
   * sums up, the kind of a meeting, pairs of verbs, a short last line
   * only for 的+kind) to 27 of 29.  titles-4.txt (26) was written and
   * labelled in session 5 before the breaker ran on it: 13 of 17 (76 %)
   * then, 16 of 17 after the same rules.  Their floors keep what they
   * measure. */
  /* titles-5.txt (46) was written and labelled in session 6 before the
   * breaker ran on it, with marks stricter on shape (no 的 and a kind
   * under a full line where the middle has a phrase boundary): 25 of 46
   * (54 %) then; the organ, session, bracket and stub rules and the
   * lexicon bring it to 38 of 46.  Its held-out part (26) was scored
   * once, when those rules were done: 16 of 26 before them, 18 after. */
  /* titles-6.txt (48) was written and labelled in session 7 before the
   * breaker ran on it, on the kinds session 6's blind sets found broken
   * (zones and parks, grade marks, 项目/情况 terms, 《》 names, pairs of
   * verbs, a long line over 的 and the kind): 23 of 48 (48 %) then, 36
   * after the zone, grade, 项目/情况, year-of-account and shape rules.
   * Its held-out part (24): 12 of 24 before them, 17 after. */
  /* Session 8 cut titles into jieba's dictionary words with parts of
   * speech (fy-title-lexicon.c) and priced breaks by them, for titles
   * nobody has seen; on these sets (tuned on ICU's words) it moved
   * titles.txt 48 → 46, titles-3 28 → 27, titles-5 38 → 39, titles-6
   * 36 → 38, titles-6-heldout 17 → 18, the rest unchanged. */
  /* Session 9 settled labels that broke the conventions of the later
   * sets (a quoted name stays with its head: “……”活动; every edge of a
   * time word and of 工作 before a meeting's kind is a phrase's) and
   * made 的 and the kind alone under a full line dearer: titles.txt
   * 46 → 47, titles-3 27 → 28, titles-5-heldout 18 → 19, titles-6
   * 38 → 39, titles-6-heldout 18 → 19, titles-4 16 → 15
   * (……机关干部|作风……, a break after 干部 priced as after an organ's
   * name); a verb between two nouns priced as a term's part moved
   * titles-2 21 → 20 (……作用|助力打造).  titles-7.txt (60) is session 8's
   * sealed set H, released as training data: 43 of 53 broken titles
   * acceptable at its sealed run, 48 after session 9's rules.
   * titles-8.txt (40) is session 8's open set G.  A meeting's name and
   * its session (……人民代表大会|第五次会议), a boundary 16 of 18 labels
   * accept, priced as a phrase's: titles-6 39 → 40.  的 and the kind
   * alone under a full line dearer again (6), an anniversary kept with
   * what it is of (诞辰133周年) and a verb with its modifier (加快建设):
   * titles-6 40 → 41. */
  /* Session 10 settled that the place a 《》 name opens with, where it is
   * no organ's (《东陵市|物业管理条例》), is a phrase's edge: the blind
   * judge's sets mark it in every such name (titles-7, -8, -9: 17 of 17)
   * and so does titles-5-heldout (4 of 4); titles-5 (2 of 5) and titles-6
   * (0 of 7) did not, and their ten unmarked names were marked.
   * titles-9.txt (60) is session 10's open set K: 50 of 58 broken titles
   * acceptable at its first run (9a1d315), before any change made with
   * it in view.  Session 10's rules (words, places read apart, the lone
   * 的+kind dearer, anniversaries, 等 with a count, the relaxed pass by
   * meaning, pairs of acts) moved, from the start of the session:
   * titles-3 28 → 29, titles-4 15 → 16, titles-5 39 → 43, titles-5-
   * heldout 19 → 21, titles-6 41 → 42, titles-6-heldout 19 → 23, titles-7
   * 48 → 50, titles-9 50 → 55; the floors keep what they measure.
   * titles-10.txt (80) is session 10's sealed set J, released as
   * training data after three sealed runs: 70 of 80 at the last.
   * Session 11 settled the quoted name by the judges' convention (sets 7
   * to 10): a quoted name stays with the one word it names, “……”活动,
   * “……”工程, “……”改革, “……”制度, “……”工作法, a meeting's kind
   * (“以学促干”专题读书班); it may be set apart from a longer phrase
   * (“一件事一次办”|工作机制, “亩均论英雄”|综合评价) and before 工作
   * (“枫桥经验”|工作推进会).  Ten older labels that marked the break
   * between a quote and the word it names were taken back (titles.txt 4,
   * titles-heldout 2, titles-3, -4, -5, -5-heldout 1 each); the breaker
   * took none of those breaks, so no figure moved.  A place and an
   * event's round, a Latin term's pair and an adverb with its verb then
   * raised titles-7 51 → 52, titles-9 55 → 56, titles-10 70 → 75.
   * titles-11.txt (60) is session 11's open set M: 52 of 60 broken
   * titles acceptable at aa2694f (the judge's run), 51 at 7f5beff (the
   * first run of the titles engineer, before any change made with it in
   * view); 57 after the rules it taught (quotes, a year's season, a
   * bracket that qualifies, 工作总结), so it meets the default floor.
   * titles-12.txt (80) is session 11's sealed set L, released as
   * training data in session 12 after three sealed runs: 69 of 80 at
   * the last (d534387); 72 after session 12's rules (an organ's own
   * body, parallel conjuncts, a break after 暨).
   * titles-13.txt (60) is session 12's open set O: 45 of 60 at the
   * judge's first run (b57c851), before any change made with it in
   * view; 50 after the session's rules (政协, companies, 驻, dates, a
   * meeting's kind before 暨); 53 after session 13's (an edition's tag
   * in brackets, an ordinal with what it counts, 问题 with its act).
   * titles-14.txt (80) is session 12's sealed set N, released as
   * training data in session 13 after two sealed runs: 65 of 80 at the
   * last (66ec546); 73 after session 13's rules (a quote's qualifier
   * and its Latin head, 第 with digits, organs after a verb and in
   * lists, 一X一Y, an ordinal with what it counts).
   * titles-15.txt (60) is session 13's open set Q: 53 of 60 at the
   * judge's first run (13f8b80), before any change made with it in
   * view; 54 at 51ea031 (专项 with its act).
   * titles-16.txt (80) is session 13's sealed set P, released as
   * training data in session 14 after two sealed runs: 68 of 80 at
   * both (13f8b80, 1f39991).
   * titles-17.txt (60) is session 14's open set S: 52 of 60 at the
   * judge's first run (2af8e93), before any change made with it in
   * view. */
  g_assert_cmpfloat ((double) acceptable / broken, >=,
                     strcmp (name, "titles-6.txt") == 0 ? 0.87 :
                     strcmp (name, "titles-6-heldout.txt") == 0 ? 0.95 :
                     strcmp (name, "titles-3.txt") == 0 ? 0.99 :
                     strcmp (name, "titles-4.txt") == 0 ? 0.94 :
                     strcmp (name, "titles-5.txt") == 0 ? 0.93 :
                     strcmp (name, "titles-5-heldout.txt") == 0 ? 0.80 :
                     strcmp (name, "titles-7.txt") == 0 ? 0.98 :
                     strcmp (name, "titles-9.txt") == 0 ? 0.96 :
                     strcmp (name, "titles-10.txt") == 0 ? 0.93 :
                     strcmp (name, "titles-12.txt") == 0 ? 0.90 :
                     strcmp (name, "titles-13.txt") == 0 ? 0.88 :
                     strcmp (name, "titles-14.txt") == 0 ? 0.91 :
                     strcmp (name, "titles-15.txt") == 0 ? 0.90 :
                     strcmp (name, "titles-16.txt") == 0 ? 0.85 :
                     strcmp (name, "titles-17.txt") == 0 ? 0.86 : 0.95);
}

/* The labelled sets at the reading preset's title (一号 on a grid of 17
 * characters of 二号: 14 characters a line), where most titles take
 * three lines and the breaks fall where the 20-character line of gbt9704
 * never puts them.  Labels that mark every acceptable break hold at any
 * width; the sets before the seventh were marked for 二号 on gbt9704's
 * type width only (a break whose lines make a poor shape there is left
 * unmarked), so their figures here are lower than the titles deserve.
 * The floors keep what each set measures (e122f27: 570 of 820 broken
 * titles, 381 of 515 in the judges' sets 7 to 14; 51ea031: 571 and 382;
 * with set Q, after session 13's title rules: 622 of 880),
 * so that a rule fitted to one width cannot take from another unseen. */
static const struct
{
  const char *name;
  double      floor;
} reading_floors[] = {
  { "titles.txt", 0.60 },
  { "titles-heldout.txt", 0.78 },
  { "titles-2.txt", 0.71 },
  { "titles-3.txt", 0.83 },
  { "titles-4.txt", 0.73 },
  { "titles-5.txt", 0.54 },
  { "titles-5-heldout.txt", 0.50 },
  { "titles-6.txt", 0.54 },
  { "titles-6-heldout.txt", 0.50 },
  { "titles-7.txt", 0.84 },
  { "titles-8.txt", 0.89 },
  { "titles-9.txt", 0.81 },
  { "titles-10.txt", 0.86 },
  { "titles-11.txt", 0.65 },
  { "titles-12.txt", 0.78 },
  { "titles-13.txt", 0.66 },
  { "titles-14.txt", 0.71 },
  { "titles-15.txt", 0.78 },
  { "titles-16.txt", 0.72 },
  { "titles-17.txt", 0.66 },
};

static void
test_titles_reading (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  guint broken = 0, acceptable = 0;

  score_titles (reading_floors[i].name, "reading", &broken, &acceptable);
  g_assert_cmpfloat ((double) acceptable / broken, >=, reading_floors[i].floor);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/grid/titles/chunks", test_title_chunks);
  g_test_add_func ("/core/grid/titles/lexicon", test_title_lexicon);
  g_test_add_func ("/core/grid/titles/lexicon-damaged", test_title_lexicon_damaged);
  g_test_add_func ("/core/grid/titles/lexicon-damaged/subprocess", test_title_lexicon_damaged_subprocess);
  g_test_add_func ("/core/grid/titles/chunks-without-lexicon", test_title_chunks_without_lexicon);
  g_test_add_func ("/core/grid/titles/relaxed", test_title_relaxed);
  g_test_add_func ("/core/grid/titles/relaxed-without-lexicon", test_title_relaxed_without_lexicon);
  g_test_add_func ("/core/grid/titles/words", test_title_words);
  g_test_add_func ("/core/grid/titles/events", test_title_events);
  g_test_add_func ("/core/grid/titles/institutions", test_title_institutions);
  g_test_add_func ("/core/grid/titles/organ-bodies", test_title_organ_bodies);
  g_test_add_func ("/core/grid/titles/organ-lists", test_title_organ_lists);
  g_test_add_func ("/core/grid/titles/terms", test_title_terms);
  g_test_add_func ("/core/grid/titles/headed-terms", test_title_headed_terms);
  g_test_add_data_func ("/core/grid/titles/lexicon-set", "titles.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/held-out", "titles-heldout.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/second-set", "titles-2.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/third-set", "titles-3.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/fourth-set", "titles-4.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/fifth-set", "titles-5.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/fifth-held-out", "titles-5-heldout.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/sixth-set", "titles-6.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/sixth-held-out", "titles-6-heldout.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/seventh-set", "titles-7.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/eighth-set", "titles-8.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/ninth-set", "titles-9.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/tenth-set", "titles-10.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/eleventh-set", "titles-11.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/twelfth-set", "titles-12.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/thirteenth-set", "titles-13.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/fourteenth-set", "titles-14.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/fifteenth-set", "titles-15.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/sixteenth-set", "titles-16.txt", test_titles);
  g_test_add_data_func ("/core/grid/titles/seventeenth-set", "titles-17.txt", test_titles);

  for (guint i = 0; i < G_N_ELEMENTS (reading_floors); i++)
    {
      g_autofree char *test = g_strconcat ("/core/grid/titles/reading/", reading_floors[i].name, NULL);

      g_test_add_data_func (test, GUINT_TO_POINTER (i), test_titles_reading);
    }

  return g_test_run ();
}
