/* test-grid-title-names.c — the title breaker's rules for names and terms
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Issue 12, item 6: the unit tests of the title breaker (fy-title-break.h)
 * for names: organs and their lists and bodies, events, institutions named
 * after their place, the compound terms of official writing and the heads
 * that close them.  They ask for the price of one break at a time
 * (fy_test_title_price_at()).  Part of test-grid-titles, which registers
 * them (tests/test-grid-titles.h); paths /core/grid/titles/...
 */

#include "config.h"

#include "fayan-core.h"
#include "fy-test-utils.h"
#include "fy-title-break.h"
#include "test-grid-titles.h"

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

  if (fy_test_skip_without_lexicon ())
    return;
  g_assert_cmpint (fy_test_title_price_at (tribunal, 13), ==, FY_TITLE_NO_BREAK);   /* 人民法院|东湖 */
  g_assert_cmpint (fy_test_title_price_at (tribunal, 15), ==, FY_TITLE_NO_BREAK);   /* 东湖|人民法庭 */
  /* a county's court: only the organ after a verb keeps it whole (the
   * city's 中级人民法院 above is found without it) */
  g_assert_cmpint (fy_test_title_price_at (county, 7), ==, FY_TITLE_NO_BREAK);      /* 枫陵县|人民法院 */
  g_assert_cmpint (fy_test_title_price_at (county, 11), ==, FY_TITLE_NO_BREAK);     /* 人民法院|梧渡 */
  g_assert_cmpint (fy_test_title_price_at (county, 4), >=, 0);                      /* 增设|枫陵县 */
  g_assert_cmpint (fy_test_title_price_at (centre, 6), >=, 0);                      /* 设立|区级 */
  g_assert_cmpint (fy_test_title_price_at (committees, 14), ==, FY_TITLE_NO_BREAK); /* 学位|评定 */
  g_assert_cmpint (fy_test_title_price_at (committees, 22), ==, FY_TITLE_NO_BREAK); /* 教学|指导 */
  g_assert_cmpint (fy_test_title_price_at (committees, 20), >=, 0);                 /* 委员会和|教学 */
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

  if (fy_test_skip_without_lexicon ())
    return;
  g_assert_cmpint (fy_test_title_price_at (fair, 12), >=, 20);                  /* 丝绸|产业 */
  g_assert_cmpint (fy_test_title_price_at (fair, 14), >=, 20);                  /* 产业|博览会 */
  g_assert_cmpint (fy_test_title_price_at (fair, 14), !=, FY_TITLE_NO_BREAK);
  g_assert_cmpint (fy_test_title_price_at (fair, 4), >=, 0);                    /* 举办|桐川市 */
  g_assert_cmpint (fy_test_title_price_at (fair, 4), <=, 6);
  g_assert_cmpint (fy_test_title_price_at (docking, 8), >=, 20);                /* 产销|对接会 */
  g_assert_cmpint (fy_test_title_price_at (docking, 10), >=, 20);               /* 对接|会上 */
  g_assert_cmpint (fy_test_title_price_at (forum, 14), >=, 20);                 /* 数字经济|发展 */
  g_assert_cmpint (fy_test_title_price_at (forum, 16), >=, 20);                 /* 发展|高峰论坛 */
  g_assert_cmpint (fy_test_title_price_at (forum, 10), >=, 0);                  /* 举办|数字经济 */
  g_assert_cmpint (fy_test_title_price_at (forum, 10), <=, 6);
  g_assert_cmpint (fy_test_title_price_at (reading, 9), >=, 20);                /* 全民|阅读 */
  g_assert_cmpint (fy_test_title_price_at (reading, 11), >=, 20);               /* 阅读|节 */
  g_assert_cmpint (fy_test_title_price_at (contest, 11), >=, 20);               /* 青年|创新 */
  g_assert_cmpint (fy_test_title_price_at (contest, 15), >=, 20);               /* 创业|大赛 */
  g_assert_cmpint (fy_test_title_price_at (contest, 6), >=, 0);                 /* 参加|江川省 */
  g_assert_cmpint (fy_test_title_price_at (contest, 6), <=, 8);
  /* a fair's year and its country's place in brackets open its name */
  g_assert_cmpint (fy_test_title_price_at (tea, 5), >=, 20);                    /* 2026|中国 */
  g_assert_cmpint (fy_test_title_price_at (tea, 11), >=, 20);                   /* （白鹭）|国际 */
  g_assert_cmpint (fy_test_title_price_at (tea, 18), >=, 0);                    /* 博览会|开幕式 */
  g_assert_cmpint (fy_test_title_price_at (tea, 18), <=, 6);
  /* a campaign's month and its 活动 are one name with their topic */
  g_assert_cmpint (fy_test_title_price_at (month, 11), >=, 20);                  /* 监管|集中 */
  g_assert_cmpint (fy_test_title_price_at (month, 16), >=, 20);                 /* 宣传月|活动 */
  g_assert_cmpint (fy_test_title_price_at (month, 18), >=, 0);                  /* 活动|启动仪式 */
  g_assert_cmpint (fy_test_title_price_at (month, 18), <=, 6);
  g_assert_cmpint (fy_test_title_price_at (meeting, 9), >=, 0);                 /* 工作|推进会 */
  g_assert_cmpint (fy_test_title_price_at (meeting, 9), <=, 6);
  /* a quoted name is the event's own */
  g_assert_cmpint (fy_test_title_price_at (quoted, 12), >=, 20);                /* “桐川工匠”|职业技能 */
  g_assert_cmpint (fy_test_title_price_at (quoted, 16), >=, 20);                /* 职业技能|竞赛 */
  /* a place holds the event's round: a phrase of its own; the round
   * stays with the name it counts, dearer than a line more
   * (docs/typesetting.md, Titles); a congress's session is one name with
   * its place, cut only where no line holds it */
  g_assert_cmpint (fy_test_title_price_at (round, 7), >=, 0);                   /* 梧州市|第三届 */
  g_assert_cmpint (fy_test_title_price_at (round, 7), <=, 6);
  g_assert_cmpint (fy_test_title_price_at (round, 10), >=, 24);                 /* 第三届|“梧州工匠” */
  g_assert_cmpint (fy_test_title_price_at (round, 16), >=, 28);                 /* “梧州工匠”|职业技能 */
  g_assert_cmpint (fy_test_title_price_at (session, 7), >, 12);                 /* 青川县|第十九届 */
  /* a quoted name before the meeting's kind names the meeting; before
   * 工作 it is what the work is about */
  g_assert_cmpint (fy_test_title_price_at (named, 15), >=, 12);                 /* “亮晒比拼”|述职 */
  g_assert_cmpint (fy_test_title_price_at (named, 9), >=, 0);                   /* 书记|“亮晒比拼” */
  g_assert_cmpint (fy_test_title_price_at (topic, 14), >=, 0);                  /* “枫桥经验”|工作 */
  g_assert_cmpint (fy_test_title_price_at (topic, 14), <=, 6);
  /* …… and so where the quote ends on what it names (“一号行动”|誓师大会);
   * two quoted names side by side are one, a short quote is cut nowhere */
  g_assert_cmpint (fy_test_title_price_at (own_head, 18), >=, 0);               /* “一号行动”|誓师 */
  g_assert_cmpint (fy_test_title_price_at (own_head, 18), <=, 6);
  g_assert_cmpint (fy_test_title_price_at (two_quotes, 15), >=, 28);            /* “文明城市”|“三连冠” */
  g_assert_cmpint (fy_test_title_price_at (villages, 10), >=, 30);              /* “千村|示范” */
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

  g_assert_cmpint (fy_test_title_price_at (school, 7), ==, FY_TITLE_NO_BREAK);   /* 第一|中学 */
  g_assert_cmpint (fy_test_title_price_at (school, 9), >=, 0);                   /* 中学|新校区 */
  g_assert_cmpint (fy_test_title_price_at (company, 6), ==, FY_TITLE_NO_BREAK);  /* 投资|集团 */
  g_assert_cmpint (fy_test_title_price_at (company, 8), ==, FY_TITLE_NO_BREAK);  /* 集团|有限公司 */
  g_assert_cmpint (fy_test_title_price_at (company, 14), >=, 0);                 /* 有限公司|关于 */
  g_assert_cmpint (fy_test_title_price_at (station, 3), ==, FY_TITLE_NO_BREAK);  /* 汀州市|水文站 */
  g_assert_cmpint (fy_test_title_price_at (station, 6), >=, 0);                  /* 水文站|关于 */
  g_assert_cmpint (fy_test_title_price_at (hall, 4), ==, FY_TITLE_NO_BREAK);     /* 汀州市|档案馆 */
  g_assert_cmpint (fy_test_title_price_at (hall, 7), >=, 0);                     /* 档案馆|新馆 */
  /* a company named after a place without its level */
  g_assert_cmpint (fy_test_title_price_at (group, 3), ==, FY_TITLE_NO_BREAK);    /* 蕖北|交通 */
  g_assert_cmpint (fy_test_title_price_at (group, 9), ==, FY_TITLE_NO_BREAK);    /* 集团|有限公司 */
  g_assert_cmpint (fy_test_title_price_at (group, 13), >=, 0);                   /* 有限公司|2027 */
  /* a word that ends like an organ, or starts with an organ's ending,
   * names none (产业布局, 全会部署, 充电站点) */
  g_assert_cmpint (fy_test_title_price_at (layout, 5), >=, 0);                   /* 汀州市|优化 */
  g_assert_cmpint (fy_test_title_price_at (plans, 9), >=, 0);                    /* 落实|全会 */
  g_assert_cmpint (fy_test_title_price_at (chargers, 10), >=, 0);                /* 汽车|充电站点 */
  g_assert_cmpint (fy_test_title_price_at (chargers, 13), ==, FY_TITLE_NO_BREAK); /* 充电站|点 */
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
  const char *branch = "国家税务总局蕖川市税务局关于优化办税缴费服务的通知";
  const char *departments = "蕖川省教育厅等五部门关于加强中小学课后服务的指导意见";
  const char *presidium = "汀州镇人大主席团关于镇人大代表联络站运行情况的报告";

  g_assert_cmpint (fy_test_title_price_at (assets, 7), ==, FY_TITLE_NO_BREAK);     /* 人民政府|国有资产 */
  g_assert_cmpint (fy_test_title_price_at (assets, 18), >=, 0);                     /* 委员会|关于 */
  g_assert_cmpint (fy_test_title_price_at (law, 6), ==, FY_TITLE_NO_BREAK);        /* 市委|全面 */
  g_assert_cmpint (fy_test_title_price_at (joint, 6), >=, 0);                       /* 市委|汀州市 */
  g_assert_cmpint (fy_test_title_price_at (level, 3), >=, 0);                       /* 市委|全面 */
  g_assert_cmpint (fy_test_title_price_at (ministries, 7), >=, 0);                  /* 改革委|财政部 */
  g_assert_cmpint (fy_test_title_price_at (loans, 7), ==, FY_TITLE_NO_BREAK);      /* 汀州市|中小微 */
  g_assert_cmpint (fy_test_title_price_at (loans, 4), >=, 0);                       /* 表彰|汀州市 */
  g_assert_cmpint (fy_test_title_price_at (loans, 20), >=, 0);                      /* 服务中心|等 */
  /* the issuer's own body is no second issuer: a committee whose name
   * opens with a verbal noun, a school of a college, a street's office */
  g_assert_cmpint (fy_test_title_price_at (congress, 9), ==, FY_TITLE_NO_BREAK);   /* 人民代表大会|监察 */
  g_assert_cmpint (fy_test_title_price_at (congress, 17), >=, 0);                   /* 委员会|关于 */
  g_assert_cmpint (fy_test_title_price_at (college, 6), ==, FY_TITLE_NO_BREAK);    /* 师范学院|马克思 */
  g_assert_cmpint (fy_test_title_price_at (college, 13), >=, 0);                    /* 学院|关于 */
  g_assert_cmpint (fy_test_title_price_at (street, 7), ==, FY_TITLE_NO_BREAK);     /* 街道|办事处 */
  g_assert_cmpint (fy_test_title_price_at (street, 10), >=, 0);                     /* 办事处|关于 */
  /* a body stationed in a zone: 驻, the zone and the body are one name,
   * the organ before 驻 is another */
  g_assert_cmpint (fy_test_title_price_at (station, 20), >=, 0);                    /* 人民检察院|驻 */
  g_assert_cmpint (fy_test_title_price_at (station, 21), ==, FY_TITLE_NO_BREAK);   /* 驻|蕖川 */
  g_assert_cmpint (fy_test_title_price_at (station, 32), ==, FY_TITLE_NO_BREAK);   /* 开发区|检察室 */
  /* 政协 opens an organ's name as 中共 does */
  g_assert_cmpint (fy_test_title_price_at (cppcc, 2), ==, FY_TITLE_NO_BREAK);      /* 政协|蕖川市 */
  g_assert_cmpint (fy_test_title_price_at (cppcc, 11), >=, 0);                      /* 办公室|关于 */
  g_assert_cmpint (fy_test_title_price_at (cppcc, 26), ==, FY_TITLE_NO_BREAK);     /* 委员会|常务委员会 */
  g_assert_cmpint (fy_test_title_price_at (cppcc, 31), >=, 0);                      /* 常务委员会|第八次 */
  /* an organ over a lower body of its own (a national organ's local
   * branch, 等五部门, a place's 人大 and its 主席团) is one issuer, whole
   * in a name of 14 characters or fewer */
  g_assert_cmpint (fy_test_title_price_at (branch, 6), ==, FY_TITLE_NO_BREAK);     /* 总局|蕖川市 */
  g_assert_cmpint (fy_test_title_price_at (branch, 12), >=, 0);                     /* 税务局|关于 */
  g_assert_cmpint (fy_test_title_price_at (departments, 6), ==, FY_TITLE_NO_BREAK); /* 教育厅|等 */
  g_assert_cmpint (fy_test_title_price_at (presidium, 5), ==, FY_TITLE_NO_BREAK);  /* 人大|主席团 */
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

  g_assert_cmpint (fy_test_title_price_at (clinics, 8), ==, FY_TITLE_NO_BREAK);   /* 基层医疗|卫生机构 */
  g_assert_cmpint (fy_test_title_price_at (airspace, 5), ==, FY_TITLE_NO_BREAK);  /* 低空|经济 */
  g_assert_cmpint (fy_test_title_price_at (data, 8), ==, FY_TITLE_NO_BREAK);      /* 公共数据|授权运营 */
  g_assert_cmpint (fy_test_title_price_at (data, 10), ==, FY_TITLE_NO_BREAK);     /* 授权|运营 */
  g_assert_cmpint (fy_test_title_price_at (dishes, 7), ==, FY_TITLE_NO_BREAK);    /* 预制菜|产业 */
  g_assert_cmpint (fy_test_title_price_at (cars, 7), ==, FY_TITLE_NO_BREAK);      /* 新能源|汽车 */
  g_assert_cmpint (fy_test_title_price_at (cars, 12), ==, FY_TITLE_NO_BREAK);     /* 充换电|设施 */
  /* a fixed term of two coordinated nouns and their head */
  g_assert_cmpint (fy_test_title_price_at (governance, 8), ==, FY_TITLE_NO_BREAK); /* 治理体系|和 */
  g_assert_cmpint (fy_test_title_price_at (governance, 13), ==, FY_TITLE_NO_BREAK); /* 治理能力|现代化 */
  /* names of schemes and acts that unseen titles split */
  g_assert_cmpint (fy_test_title_price_at (drones, 10), ==, FY_TITLE_NO_BREAK);   /* 无人驾驶|航空器 */
  g_assert_cmpint (fy_test_title_price_at (campaign, 14), ==, FY_TITLE_NO_BREAK); /* 三年|攻坚 */
  g_assert_cmpint (fy_test_title_price_at (campaign, 16), ==, FY_TITLE_NO_BREAK); /* 攻坚|行动 */
  g_assert_cmpint (fy_test_title_price_at (joint, 10), ==, FY_TITLE_NO_BREAK);    /* 工作|联席会议 */
  g_assert_cmpint (fy_test_title_price_at (funds, 11), ==, FY_TITLE_NO_BREAK);    /* 管理|使用 */
  g_assert_cmpint (fy_test_title_price_at (county, 10), ==, FY_TITLE_NO_BREAK);   /* 医疗卫生|共同体 */
  g_assert_cmpint (fy_test_title_price_at (subsidy, 12), ==, FY_TITLE_NO_BREAK);  /* 财政|补助 */
  g_assert_cmpint (fy_test_title_price_at (rights, 14), ==, FY_TITLE_NO_BREAK);   /* 权益|保障 */
  /* a line's number is one name with its way (轨道交通2号线) */
  g_assert_cmpint (fy_test_title_price_at (metro, 9), ==, FY_TITLE_NO_BREAK);     /* 轨道交通|2号线 */
  g_assert_cmpint (fy_test_title_price_at (metro, 10), ==, FY_TITLE_NO_BREAK);    /* 2|号线 */
  g_assert_cmpint (fy_test_title_price_at (metro, 11), ==, FY_TITLE_NO_BREAK);    /* 号|线 */
  g_assert_cmpint (fy_test_title_price_at (metro, 12), >=, 0);                    /* 2号线|二期 */

  if (fy_test_skip_without_lexicon ())
    return;
  g_assert_cmpint (fy_test_title_price_at (clinics, 12), >=, 0);                  /* 机构|能力 */
  g_assert_cmpint (fy_test_title_price_at (data, 12), >=, 0);                     /* 运营|试点 */
  g_assert_cmpint (fy_test_title_price_at (cars, 14), >=, 0);                     /* 设施|建设 */
  g_assert_cmpint (fy_test_title_price_at (governance, 16), >=, 0);               /* 现代化|在 */
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

  if (fy_test_skip_without_lexicon ())
    return;
  g_assert_cmpint (fy_test_title_price_at (roll, 16), ==, FY_TITLE_NO_BREAK);    /* 保护|名录 */
  g_assert_cmpint (fy_test_title_price_at (roll, 14), >=, 0);                    /* 建筑|保护 */
  g_assert_cmpint (fy_test_title_price_at (funds, 15), ==, FY_TITLE_NO_BREAK);   /* 养护|资金 */
  g_assert_cmpint (fy_test_title_price_at (funds, 13), >=, 0);                   /* 公路|养护 */
  g_assert_cmpint (fy_test_title_price_at (governed, 4), >=, 0);                 /* 建立|机制 */
}

/* The price of a break before each character of @text, relaxed as for a
 * name longer than a line (fy_title_break_relax()). */
static int *
relaxed_prices (const char *text)
{
  glong n = g_utf8_strlen (text, -1), k = 0;
  g_autofree guint *offsets = g_new (guint, n);
  int *prices = g_new (int, n);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    offsets[k++] = p - text;
  fy_title_break_penalties (text, offsets, n, fy_title_lexicon_get_default (), NULL, prices);
  fy_title_break_relax (text, offsets, n, fy_title_lexicon_get_default (), prices);
  return prices;
}

/* The kind of organ that closes a name never opens a line: 妇女|联合会,
 * 市委|常委会, 国资委|党委, ……改革|委员会, 霁原市|总工会 (0 of 969 such
 * breaks marked in the labelled sets); in a name longer than a line its
 * parent's end is cheaper (中共汀岚市委|网络安全和信息化委员会办公室) by
 * more than a line (a price of 7): a party committee's body does not
 * part from its office (……委员会|办公室) to save one.  A committee's
 * office with no party committee before it may (……指导委员会|办公室). */
static void
test_title_bare_heads (void)
{
  const char *women = "鹤汀市妇女联合会关于表彰2026年度“三八红旗手”的决定";
  const char *standing = "在市委常委会“以学促干”专题读书班上的研讨发言";
  const char *assets = "以高质量党建引领高质量发展——琮江市国资委党委在全省国资国企党的建设工作会议上的交流发言";
  const char *reform = "在市委全面深化改革委员会第五次会议上的讲话";
  const char *union_ = "霁原市总工会关于2026年度职工服务阵地建设情况的报告";
  const char *bank = "中国人民银行溱阳市分行关于做好现金供应工作的通知";
  const char *office = "中共汀岚市委网络安全和信息化委员会办公室关于印发《汀岚市网络文明建设行动方案》的通知";
  const char *secretary = "栗园镇党委书记在全县乡镇党委书记述职评议会上的述职报告";
  const char *guidance = "峤南市精神文明建设指导委员会办公室关于开展“文明过节·低碳生活”主题实践活动的倡议书";
  g_autofree int *relaxed = NULL;
  g_autofree int *relaxed_guidance = NULL;

  if (fy_test_skip_without_lexicon ())
    return;
  g_assert_cmpint (fy_test_title_price_at (women, 5), ==, FY_TITLE_NO_BREAK);     /* 妇女|联合会 */
  g_assert_cmpint (fy_test_title_price_at (standing, 3), ==, FY_TITLE_NO_BREAK);  /* 市委|常委会 */
  g_assert_cmpint (fy_test_title_price_at (assets, 21), ==, FY_TITLE_NO_BREAK);   /* 国资委|党委 */
  g_assert_cmpint (fy_test_title_price_at (reform, 9), ==, FY_TITLE_NO_BREAK);    /* 改革|委员会 */
  g_assert_cmpint (fy_test_title_price_at (union_, 3), ==, FY_TITLE_NO_BREAK);    /* 霁原市|总工会 */
  g_assert_cmpint (fy_test_title_price_at (bank, 9), ==, FY_TITLE_NO_BREAK);      /* 溱阳市|分行 */
  /* a post is no organ's end: 乡镇|党委书记 is priced as a phrase */
  g_assert_cmpint (fy_test_title_price_at (secretary, 12), >=, 0);               /* 乡镇|党委书记 */

  relaxed = relaxed_prices (office);
  g_assert_cmpint (relaxed[14], >, relaxed[6]);                                 /* 信息化|委员会, 市委|网络 */
  g_assert_cmpint (relaxed[17], >=, relaxed[6] + 10);                           /* 委员会|办公室 */
  relaxed_guidance = relaxed_prices (guidance);
  g_assert_cmpint (relaxed_guidance[14], <, relaxed_guidance[11]);              /* 委员会|办公室, 指导|委员会 */
}

/* A village, a community or a quarter named by two characters the
 * dictionary reads one at a time, after its town or district, is one
 * name with its kind (槐陂村, 望舒片区; 0 of 43 such breaks marked); a
 * county's committee before 农村 is no village's town (县委|农村). */
static void
test_title_villages (void)
{
  const char *village = "关于枫桥镇槐陂村特色产业发展情况的汇报";
  const char *quarter = "关于榆湾区望舒片区控制性详细规划的批复";
  const char *community = "澄埠区清垣社区2027年度服务项目实施情况总结";
  const char *committee = "在县委农村工作会议上的讲话";

  if (fy_test_skip_without_lexicon ())
    return;
  g_assert_cmpint (fy_test_title_price_at (village, 6), ==, FY_TITLE_NO_BREAK);   /* 槐|陂 */
  g_assert_cmpint (fy_test_title_price_at (village, 7), ==, FY_TITLE_NO_BREAK);   /* 槐陂|村 */
  g_assert_cmpint (fy_test_title_price_at (village, 8), >=, 0);                   /* 槐陂村|特色 */
  g_assert_cmpint (fy_test_title_price_at (quarter, 6), ==, FY_TITLE_NO_BREAK);   /* 望|舒 */
  g_assert_cmpint (fy_test_title_price_at (community, 4), ==, FY_TITLE_NO_BREAK); /* 清|垣 */
  g_assert_cmpint (fy_test_title_price_at (committee, 3), >=, 0);                 /* 县委|农村 */
}

/* A unit an organ numbers (市委|第二巡察组, 市纪委监委|第二监督检查室) is
 * one name with its organ; a round the organ holds (市委|第五轮巡察) is
 * no unit.  In a name longer than a line, the place is the last cut:
 * 荻川省人民代表大会|财政经济委员会 before 荻川省|人民代表大会…. */
static void
test_title_numbered_units (void)
{
  const char *team = "关于落实市委第二巡察组反馈意见的整改报告";
  const char *office = "关于市纪委监委第二监督检查室工作情况的报告";
  const char *round = "在市委第五轮巡察工作动员会上的讲话";
  const char *congress = "荻川省人民代表大会财政经济委员会关于2027年省级预算草案审查结果的报告";
  g_autofree int *relaxed = NULL;

  if (fy_test_skip_without_lexicon ())
    return;
  g_assert_cmpint (fy_test_title_price_at (team, 6), ==, FY_TITLE_NO_BREAK);    /* 市委|第二巡察组 */
  g_assert_cmpint (fy_test_title_price_at (office, 7), ==, FY_TITLE_NO_BREAK);  /* 监委|第二监督检查室 */
  g_assert_cmpint (fy_test_title_price_at (round, 3), >=, 0);                   /* 市委|第五轮 */

  relaxed = relaxed_prices (congress);
  g_assert_cmpint (relaxed[3], >, relaxed[9]);                                  /* 荻川省|人民, 大会|财政 */
}

/* A congress's or a committee's name longer than a line is cut before
 * its standing committee (……第十八届人民代表大会|常务委员会: 22 of 42
 * such boundaries marked), where the dictionary sees no word's edge,
 * not between the session and its congress (第十八届|人民代表大会: 0 of
 * 57) nor through a word (人民代表大|会). */
static void
test_title_standing_committees (void)
{
  const char *congress = "在东陵市第十八届人民代表大会常务委员会第二十六次会议上的讲话";
  const char *cppcc = "政协汀溪县第十一届委员会常务委员会关于县政协十一届四次会议以来提案工作情况的报告";
  g_autofree int *relaxed = NULL;
  g_autofree int *relaxed_cppcc = NULL;

  if (fy_test_skip_without_lexicon ())
    return;
  relaxed = relaxed_prices (congress);
  g_assert_cmpint (relaxed[14], <, relaxed[8]);                /* 大会|常务委员会, 届|人民代表大会 */
  g_assert_cmpint (relaxed[14], <, FY_TITLE_RELAXED_CHAR);
  relaxed_cppcc = relaxed_prices (cppcc);
  g_assert_cmpint (relaxed_cppcc[12], <, relaxed_cppcc[9]);    /* 委员会|常务委员会, 届|委员会 */
}

/* A verb governing an organ of a bare level (落实|省委第三巡视组, 调整|
 * 县人大常委会……) may end a line: the verb and the level are no place's
 * name (18 of the 19 such breaks marked in the labelled sets). */
static void
test_title_governed_organs (void)
{
  const char *team = "中共栝山县委关于落实省委第三巡视组巡视反馈意见的整改方案";
  const char *members = "关于调整县人大常委会组成人员工作分工的通知";
  const char *forward = "关于转发省教育厅《关于做好2026年普通高校招生工作的通知》的通知";

  if (fy_test_skip_without_lexicon ())
    return;
  g_assert_cmpint (fy_test_title_price_at (team, 10), >=, 0);                   /* 落实|省委 */
  g_assert_cmpint (fy_test_title_price_at (team, 12), ==, FY_TITLE_NO_BREAK);   /* 省委|第三巡视组 */
  g_assert_cmpint (fy_test_title_price_at (members, 4), >=, 0);                 /* 调整|县人大 */
  g_assert_cmpint (fy_test_title_price_at (members, 6), ==, FY_TITLE_NO_BREAK); /* 县人大|常委会 */
  g_assert_cmpint (fy_test_title_price_at (forward, 4), >=, 0);                 /* 转发|省教育厅 */
}

/* A project's head closes its name (……改造工程|建设进展): the
 * dictionary's 工程建设, 工程进度, 工程施工 are left out of it, so that
 * 工程 is a head of its own (the sets mark the break after it 7 of 8
 * times, before it none).  A head of four characters stays with the
 * name before it (……雨水管网|改造工程: 1 of 31 marked), the longer
 * 改扩建工程 may open a line (……段|改扩建工程: 6 of 8). */
static void
test_title_project_heads (void)
{
  const char *progress = "关于樟坞镇集镇区污水管网改造工程建设进展情况的汇报";
  const char *works = "关于澄溪路雨水管网改造工程施工期间交通组织的通告";
  const char *road = "澄湾市交通运输局关于S205线岚坪至溪口段改建工程初步设计的批复";
  const char *widening = "在S205线岚坪至溪口段改扩建工程开工仪式上的讲话";

  if (fy_test_skip_without_lexicon ())
    return;
  g_assert_cmpint (fy_test_title_price_at (progress, 14), ==, FY_TITLE_NO_BREAK); /* 改造|工程 */
  g_assert_cmpint (fy_test_title_price_at (progress, 16), >=, 0);                 /* 工程|建设 */
  g_assert_cmpint (fy_test_title_price_at (works, 11), ==, FY_TITLE_NO_BREAK);    /* 改造|工程 */
  g_assert_cmpint (fy_test_title_price_at (works, 13), >=, 0);                    /* 工程|施工 */
  g_assert_cmpint (fy_test_title_price_at (works, 9), ==, FY_TITLE_NO_BREAK);     /* 管网|改造 */
  g_assert_cmpint (fy_test_title_price_at (road, 21), ==, FY_TITLE_NO_BREAK);     /* 段|改建工程 */
  g_assert_cmpint (fy_test_title_price_at (widening, 12), >=, 0);                 /* 段|改扩建工程 */
}

/* A subtitle's —— opens an organ's name (——澄湾市公安局交通警察支队
 * 先进事迹材料) as 关于 does: the sets mark 1 of the 18 breaks inside
 * such a name, none between the place and its organ. */
static void
test_title_dash_organs (void)
{
  const char *police = "守护一方平安——澄湾市公安局交通警察支队先进事迹材料";
  const char *bureau = "一心为民办实事——澄湾县民政局社会救助科工作纪实";

  if (fy_test_skip_without_lexicon ())
    return;
  g_assert_cmpint (fy_test_title_price_at (police, 11), ==, FY_TITLE_NO_BREAK); /* 澄湾市|公安局 */
  g_assert_cmpint (fy_test_title_price_at (police, 6), >=, 0);                  /* 平安|—— */
  g_assert_cmpint (fy_test_title_price_at (bureau, 12), ==, FY_TITLE_NO_BREAK); /* 澄湾县|民政局 */
  g_assert_cmpint (fy_test_title_price_at (bureau, 7), >=, 0);                  /* 办实事|—— */
}

/* Societies, brigades and institutes end an organ's name as 局 does
 * (澄湾市|红十字会, 澄湾市|律师协会): the sets mark 2 of the 81 breaks
 * between a place and such a name.  政治协商会议 holds no 商会. */
static void
test_title_society_organs (void)
{
  const char *returnees = "在澄湾市归国华侨联合会第五次代表大会上的讲话";
  const char *red_cross = "澄湾市红十字会关于开展2027年无偿献血宣传周活动的通知";
  const char *lawyers = "在澄湾市律师协会第四次会员代表大会上的讲话";
  const char *cppcc = "中国人民政治协商会议澄湾市委员会关于召开政协澄湾市第十届委员会第五次会议的决定";

  if (fy_test_skip_without_lexicon ())
    return;
  g_assert_cmpint (fy_test_title_price_at (returnees, 4), ==, FY_TITLE_NO_BREAK); /* 澄湾市|归国 */
  g_assert_cmpint (fy_test_title_price_at (red_cross, 3), ==, FY_TITLE_NO_BREAK); /* 澄湾市|红十字会 */
  g_assert_cmpint (fy_test_title_price_at (lawyers, 4), ==, FY_TITLE_NO_BREAK);   /* 澄湾市|律师协会 */
  g_assert_cmpint (fy_test_title_price_at (lawyers, 8), >=, 0);                   /* 协会|第四次 */
  g_assert_cmpint (fy_test_title_price_at (cppcc, 9), ==, FY_TITLE_NO_BREAK);     /* 协商会|议 */
}

/* 共青团 and its place are one name as 中共 and its place are (共青团|
 * 澄湾县: the sets mark none of the 22 such breaks); a school or a
 * hospital named after a centre ends its name there, not at 中心 (……镇
 * 中心|小学, ……市中心|医院: none of 9 marked). */
static void
test_title_league_and_centres (void)
{
  const char *league = "共青团澄湾县委员会关于表彰2027年度优秀共青团员的决定";
  const char *congress = "奋进新征程——在共青团澄湾县第十八次代表大会上的报告";
  const char *school = "扎根山区三十载——澄湾县芦塘镇中心小学校长陈明远同志先进事迹材料";
  const char *hospital = "在澄湾市中心医院门诊综合楼启用仪式上的讲话";

  if (fy_test_skip_without_lexicon ())
    return;
  g_assert_cmpint (fy_test_title_price_at (league, 3), ==, FY_TITLE_NO_BREAK);    /* 共青团|澄湾县 */
  g_assert_cmpint (fy_test_title_price_at (league, 9), >=, 0);                    /* 委员会|关于 */
  g_assert_cmpint (fy_test_title_price_at (congress, 11), ==, FY_TITLE_NO_BREAK); /* 共青团|澄湾县 */
  g_assert_cmpint (fy_test_title_price_at (school, 17), ==, FY_TITLE_NO_BREAK);   /* 中心|小学 */
  g_assert_cmpint (fy_test_title_price_at (school, 7), >=, 0);                    /* 三十载|—— */
  g_assert_cmpint (fy_test_title_price_at (hospital, 6), ==, FY_TITLE_NO_BREAK);  /* 中心|医院 */
  g_assert_cmpint (fy_test_title_price_at (hospital, 8), >=, 0);                  /* 医院|门诊 */
}

/* A bare level's congress or conference written short and its session
 * (市政协|十二届三次会议, 县人大|十五届四次会议) are one name, dearer to
 * cut than a line more: the sets mark none of the 8 such breaks labelled
 * since titles-24 (5 of 9 before). */
static void
test_title_short_sessions (void)
{
  const char *reply = "澄湾市交通运输局关于市政协十二届三次会议第0128号提案的答复";
  const char *congress = "在县人大十五届四次会议第二次全体会议上的讲话";

  if (fy_test_skip_without_lexicon ())
    return;
  g_assert_cmpint (fy_test_title_price_at (reply, 13), >=, 20);   /* 市政协|十二届 */
  g_assert_cmpint (fy_test_title_price_at (reply, 10), >=, 0);    /* 关于|市政协 */
  g_assert_cmpint (fy_test_title_price_at (reply, 20), <, 20);    /* 会议|第0128号 */
  g_assert_cmpint (fy_test_title_price_at (congress, 4), >=, 20); /* 县人大|十五届 */
}

/* An ordinal stays with the quoted name it counts (第三批|“红旗村党支部”,
 * 第十个|“中国农民丰收节”) where a line holds both: the sets mark none of
 * the 16 such breaks labelled since titles-14 (8 of 10 before). */
static void
test_title_ordinal_quotes (void)
{
  const char *batch = "中共澄湾市委组织部关于开展第三批“红旗村党支部”评选活动的通知";
  const char *festival = "在全县庆祝第十个“中国农民丰收节”大会上的讲话";

  if (fy_test_skip_without_lexicon ())
    return;
  g_assert_cmpint (fy_test_title_price_at (batch, 16), >=, 20);   /* 第三批|“ */
  g_assert_cmpint (fy_test_title_price_at (batch, 13), <, 20);    /* 开展|第三批 */
  g_assert_cmpint (fy_test_title_price_at (festival, 8), >=, 20); /* 第十个|“ */
  g_assert_cmpint (fy_test_title_price_at (festival, 5), <, 20);  /* 庆祝|第十个 */
}

void
fy_test_add_title_names (void)
{
  g_test_add_func ("/core/grid/titles/events", test_title_events);
  g_test_add_func ("/core/grid/titles/institutions", test_title_institutions);
  g_test_add_func ("/core/grid/titles/organ-bodies", test_title_organ_bodies);
  g_test_add_func ("/core/grid/titles/organ-lists", test_title_organ_lists);
  g_test_add_func ("/core/grid/titles/terms", test_title_terms);
  g_test_add_func ("/core/grid/titles/headed-terms", test_title_headed_terms);
  g_test_add_func ("/core/grid/titles/bare-heads", test_title_bare_heads);
  g_test_add_func ("/core/grid/titles/villages", test_title_villages);
  g_test_add_func ("/core/grid/titles/numbered-units", test_title_numbered_units);
  g_test_add_func ("/core/grid/titles/standing-committees", test_title_standing_committees);
  g_test_add_func ("/core/grid/titles/governed-organs", test_title_governed_organs);
  g_test_add_func ("/core/grid/titles/project-heads", test_title_project_heads);
  g_test_add_func ("/core/grid/titles/dash-organs", test_title_dash_organs);
  g_test_add_func ("/core/grid/titles/society-organs", test_title_society_organs);
  g_test_add_func ("/core/grid/titles/league-and-centres", test_title_league_and_centres);
  g_test_add_func ("/core/grid/titles/short-sessions", test_title_short_sessions);
  g_test_add_func ("/core/grid/titles/ordinal-quotes", test_title_ordinal_quotes);
}
