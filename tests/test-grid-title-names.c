/* test-grid-title-names.c — the title breaker's rules for names and terms
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Issue 12, item 6: the unit tests of the title breaker (fy-title-break.h)
 * for names: organs and their lists and bodies, events, institutions named
 * after their place, the compound terms of official writing and the heads
 * that close them.  They ask for the price of one break at a time, in
 * tables of breaks and the prices each may have (FyTitleBreakCheck, for
 * fy_test_check_title_breaks()).  Part of test-grid-titles, which registers
 * them (tests/test-grid-titles.h); paths /core/grid/titles/...
 */

#include "config.h"

#include <string.h>

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
  const FyTitleBreakCheck breaks[] = {
    { tribunal, 13, FY_TEST_NO_BREAK, "人民法院|东湖" },
    { tribunal, 15, FY_TEST_NO_BREAK, "东湖|人民法庭" },
    /* a county's court: only the organ after a verb keeps it whole (the
     * city's 中级人民法院 above is found without it) */
    { county, 7, FY_TEST_NO_BREAK, "枫陵县|人民法院" },
    { county, 11, FY_TEST_NO_BREAK, "人民法院|梧渡" },
    { county, 4, 0, G_MAXINT, "增设|枫陵县" },
    { centre, 6, 0, G_MAXINT, "设立|区级" },
    { committees, 14, FY_TEST_NO_BREAK, "学位|评定" },
    { committees, 22, FY_TEST_NO_BREAK, "教学|指导" },
    { committees, 20, 0, G_MAXINT, "委员会和|教学" },
  };

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
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
  const FyTitleBreakCheck breaks[] = {
    { fair, 12, 20, G_MAXINT, "丝绸|产业" },
    { fair, 14, 20, G_MAXINT, "产业|博览会" },
    { fair, 4, 0, 6, "举办|桐川市" },
    { docking, 8, 20, G_MAXINT, "产销|对接会" },
    { docking, 10, 20, G_MAXINT, "对接|会上" },
    { forum, 14, 20, G_MAXINT, "数字经济|发展" },
    { forum, 16, 20, G_MAXINT, "发展|高峰论坛" },
    { forum, 10, 0, 6, "举办|数字经济" },
    { reading, 9, 20, G_MAXINT, "全民|阅读" },
    { reading, 11, 20, G_MAXINT, "阅读|节" },
    { contest, 11, 20, G_MAXINT, "青年|创新" },
    { contest, 15, 20, G_MAXINT, "创业|大赛" },
    { contest, 6, 0, 8, "参加|江川省" },
    /* a fair's year and its country's place in brackets open its name */
    { tea, 5, 20, G_MAXINT, "2026|中国" },
    { tea, 11, 20, G_MAXINT, "（白鹭）|国际" },
    { tea, 18, 0, 6, "博览会|开幕式" },
    /* a campaign's month and its 活动 are one name with their topic */
    { month, 11, 20, G_MAXINT, "监管|集中" },
    { month, 16, 20, G_MAXINT, "宣传月|活动" },
    { month, 18, 0, 6, "活动|启动仪式" },
    { meeting, 9, 0, 6, "工作|推进会" },
    /* a quoted name is the event's own */
    { quoted, 12, 20, G_MAXINT, "“桐川工匠”|职业技能" },
    { quoted, 16, 20, G_MAXINT, "职业技能|竞赛" },
    /* a place holds the event's round: a phrase of its own; the round
     * stays with the name it counts, dearer than a line more
     * (docs/typesetting.md, Titles); a congress's session is one name with
     * its place, cut only where no line holds it */
    { round, 7, 0, 6, "梧州市|第三届" },
    { round, 10, 24, G_MAXINT, "第三届|“梧州工匠”" },
    { round, 16, 28, G_MAXINT, "“梧州工匠”|职业技能" },
    { session, 7, 13, G_MAXINT, "青川县|第十九届" },
    /* a quoted name before the meeting's kind names the meeting; before
     * 工作 it is what the work is about */
    { named, 15, 12, G_MAXINT, "“亮晒比拼”|述职" },
    { named, 9, 0, G_MAXINT, "书记|“亮晒比拼”" },
    { topic, 14, 0, 6, "“枫桥经验”|工作" },
    /* …… and so where the quote ends on what it names (“一号行动”|誓师大会);
     * two quoted names side by side are one, a short quote is cut nowhere */
    { own_head, 18, 0, 6, "“一号行动”|誓师" },
    { two_quotes, 15, 28, G_MAXINT, "“文明城市”|“三连冠”" },
    { villages, 10, 30, G_MAXINT, "“千村|示范" },
  };

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
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
  const FyTitleBreakCheck breaks[] = {
    { school, 7, FY_TEST_NO_BREAK, "第一|中学" },
    { school, 9, 0, G_MAXINT, "中学|新校区" },
    { company, 6, FY_TEST_NO_BREAK, "建设|投资" },
    { company, 8, FY_TEST_NO_BREAK, "投资|集团" },
    { company, 10, FY_TEST_NO_BREAK, "集团|有限公司" },
    { company, 14, 0, G_MAXINT, "有限公司|关于" },
    { station, 3, FY_TEST_NO_BREAK, "汀州市|水文站" },
    { station, 6, 0, G_MAXINT, "水文站|关于" },
    { hall, 4, FY_TEST_NO_BREAK, "汀州市|档案馆" },
    { hall, 7, 0, G_MAXINT, "档案馆|新馆" },
    /* a company named after a place without its level */
    { group, 3, FY_TEST_NO_BREAK, "蕖北|交通" },
    { group, 9, FY_TEST_NO_BREAK, "集团|有限公司" },
    { group, 13, 0, G_MAXINT, "有限公司|2027" },
    /* a word that ends like an organ, or starts with an organ's ending,
     * names none (产业布局, 全会部署, 充电站点) */
    { layout, 5, 0, G_MAXINT, "汀州市|优化" },
    { plans, 9, 0, G_MAXINT, "落实|全会" },
    { chargers, 10, 0, G_MAXINT, "汽车|充电站点" },
    { chargers, 13, FY_TEST_NO_BREAK, "充电站|点" },
  };

  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
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
  const FyTitleBreakCheck breaks[] = {
    { assets, 7, FY_TEST_NO_BREAK, "人民政府|国有资产" },
    { assets, 18, 0, G_MAXINT, "委员会|关于" },
    { law, 6, FY_TEST_NO_BREAK, "市委|全面" },
    { joint, 6, 0, G_MAXINT, "市委|汀州市" },
    { level, 3, 0, G_MAXINT, "市委|全面" },
    { ministries, 7, 0, G_MAXINT, "改革委|财政部" },
    { loans, 7, FY_TEST_NO_BREAK, "汀州市|中小微" },
    { loans, 4, 0, G_MAXINT, "表彰|汀州市" },
    { loans, 20, 0, G_MAXINT, "服务中心|等" },
    /* the issuer's own body is no second issuer: a committee whose name
     * opens with a verbal noun, a school of a college, a street's office */
    { congress, 9, FY_TEST_NO_BREAK, "人民代表大会|监察" },
    { congress, 17, 0, G_MAXINT, "委员会|关于" },
    { college, 6, FY_TEST_NO_BREAK, "师范学院|马克思" },
    { college, 13, 0, G_MAXINT, "学院|关于" },
    { street, 7, FY_TEST_NO_BREAK, "街道|办事处" },
    { street, 10, 0, G_MAXINT, "办事处|关于" },
    /* a body stationed in a zone: 驻, the zone and the body are one name,
     * the organ before 驻 is another */
    { station, 20, 0, G_MAXINT, "人民检察院|驻" },
    { station, 21, FY_TEST_NO_BREAK, "驻|蕖川" },
    { station, 32, FY_TEST_NO_BREAK, "开发区|检察室" },
    /* 政协 opens an organ's name as 中共 does */
    { cppcc, 2, FY_TEST_NO_BREAK, "政协|蕖川市" },
    { cppcc, 11, 0, G_MAXINT, "办公室|关于" },
    { cppcc, 26, FY_TEST_NO_BREAK, "委员会|常务委员会" },
    { cppcc, 31, 0, G_MAXINT, "常务委员会|第八次" },
    /* an organ over a lower body of its own (a national organ's local
     * branch, 等五部门, a place's 人大 and its 主席团) is one issuer, whole
     * in a name of 14 characters or fewer */
    { branch, 6, FY_TEST_NO_BREAK, "总局|蕖川市" },
    { branch, 12, 0, G_MAXINT, "税务局|关于" },
    { departments, 6, FY_TEST_NO_BREAK, "教育厅|等" },
    { presidium, 5, FY_TEST_NO_BREAK, "人大|主席团" },
  };

  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
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
  const FyTitleBreakCheck breaks[] = {
    { clinics, 8, FY_TEST_NO_BREAK, "基层医疗|卫生机构" },
    { airspace, 5, FY_TEST_NO_BREAK, "低空|经济" },
    { data, 8, FY_TEST_NO_BREAK, "公共数据|授权运营" },
    { data, 10, FY_TEST_NO_BREAK, "授权|运营" },
    { dishes, 7, FY_TEST_NO_BREAK, "预制菜|产业" },
    { cars, 7, FY_TEST_NO_BREAK, "新能源|汽车" },
    { cars, 12, FY_TEST_NO_BREAK, "充换电|设施" },
    /* a fixed term of two coordinated nouns and their head */
    { governance, 8, FY_TEST_NO_BREAK, "治理体系|和" },
    { governance, 13, FY_TEST_NO_BREAK, "治理能力|现代化" },
    /* names of schemes and acts that unseen titles split */
    { drones, 10, FY_TEST_NO_BREAK, "无人驾驶|航空器" },
    { campaign, 14, FY_TEST_NO_BREAK, "三年|攻坚" },
    { campaign, 16, FY_TEST_NO_BREAK, "攻坚|行动" },
    { joint, 10, FY_TEST_NO_BREAK, "工作|联席会议" },
    { funds, 11, FY_TEST_NO_BREAK, "管理|使用" },
    { county, 10, FY_TEST_NO_BREAK, "医疗卫生|共同体" },
    { subsidy, 12, FY_TEST_NO_BREAK, "财政|补助" },
    { rights, 14, FY_TEST_NO_BREAK, "权益|保障" },
    /* a line's number is one name with its way (轨道交通2号线) */
    { metro, 9, FY_TEST_NO_BREAK, "轨道交通|2号线" },
    { metro, 10, FY_TEST_NO_BREAK, "2|号线" },
    { metro, 11, FY_TEST_NO_BREAK, "号|线" },
    { metro, 12, 0, G_MAXINT, "2号线|二期" },
  };
  const FyTitleBreakCheck lexicon_breaks[] = {
    { clinics, 12, 0, G_MAXINT, "机构|能力" },
    { data, 12, 0, G_MAXINT, "运营|试点" },
    { cars, 14, 0, G_MAXINT, "设施|建设" },
    { governance, 16, 0, G_MAXINT, "现代化|在" },
  };

  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), lexicon_breaks, G_N_ELEMENTS (lexicon_breaks));
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
  const char *pensions = "关于岷州市2026年度企业职工基本养老保险基金收支情况的报告";
  const FyTitleBreakCheck breaks[] = {
    { roll, 16, FY_TEST_NO_BREAK, "保护|名录" },
    { roll, 14, 0, G_MAXINT, "建筑|保护" },
    { funds, 15, FY_TEST_NO_BREAK, "养护|资金" },
    { funds, 13, 0, G_MAXINT, "公路|养护" },
    { governed, 4, 0, G_MAXINT, "建立|机制" },
    /* a year's unit is the time, no kind of the head after it */
    { pensions, 11, 0, G_MAXINT, "2026年度|企业" },
  };
  g_autofree char *narrow = NULL;

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
  /* with the year open to a break, no line of 14 cells cuts a word */
  narrow = fy_test_title_lines (pensions, "reading");
  g_assert_cmpstr (narrow, ==, "关于岷州市2026年度 / 企业职工基本养老保险基金 / 收支情况的报告");
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
  const FyTitleBreakCheck breaks[] = {
    { women, 5, FY_TEST_NO_BREAK, "妇女|联合会" },
    { standing, 3, FY_TEST_NO_BREAK, "市委|常委会" },
    { assets, 21, FY_TEST_NO_BREAK, "国资委|党委" },
    { reform, 9, FY_TEST_NO_BREAK, "改革|委员会" },
    { union_, 3, FY_TEST_NO_BREAK, "霁原市|总工会" },
    { bank, 9, FY_TEST_NO_BREAK, "溱阳市|分行" },
    /* a post is no organ's end: 乡镇|党委书记 is priced as a phrase */
    { secretary, 12, 0, G_MAXINT, "乡镇|党委书记" },
  };

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));

  relaxed = fy_test_title_prices (fy_title_lexicon_get_default (), office, TRUE);
  g_assert_cmpint (relaxed[14], >, relaxed[6]);                                 /* 信息化|委员会, 市委|网络 */
  g_assert_cmpint (relaxed[17], >=, relaxed[6] + 10);                           /* 委员会|办公室 */
  relaxed_guidance = fy_test_title_prices (fy_title_lexicon_get_default (), guidance, TRUE);
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
  const FyTitleBreakCheck breaks[] = {
    { village, 6, FY_TEST_NO_BREAK, "槐|陂" },
    { village, 7, FY_TEST_NO_BREAK, "槐陂|村" },
    { village, 8, 0, G_MAXINT, "槐陂村|特色" },
    { quarter, 6, FY_TEST_NO_BREAK, "望|舒" },
    { community, 4, FY_TEST_NO_BREAK, "清|垣" },
    { committee, 3, 0, G_MAXINT, "县委|农村" },
  };

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
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
  const FyTitleBreakCheck breaks[] = {
    { team, 6, FY_TEST_NO_BREAK, "市委|第二巡察组" },
    { office, 7, FY_TEST_NO_BREAK, "监委|第二监督检查室" },
    { round, 3, 0, G_MAXINT, "市委|第五轮" },
  };

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));

  relaxed = fy_test_title_prices (fy_title_lexicon_get_default (), congress, TRUE);
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
  relaxed = fy_test_title_prices (fy_title_lexicon_get_default (), congress, TRUE);
  g_assert_cmpint (relaxed[14], <, relaxed[8]);                /* 大会|常务委员会, 届|人民代表大会 */
  g_assert_cmpint (relaxed[14], <, FY_TITLE_RELAXED_CHAR);
  relaxed_cppcc = fy_test_title_prices (fy_title_lexicon_get_default (), cppcc, TRUE);
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
  const FyTitleBreakCheck breaks[] = {
    { team, 10, 0, G_MAXINT, "落实|省委" },
    { team, 12, FY_TEST_NO_BREAK, "省委|第三巡视组" },
    { members, 4, 0, G_MAXINT, "调整|县人大" },
    { members, 6, FY_TEST_NO_BREAK, "县人|大" },
    { members, 7, FY_TEST_NO_BREAK, "县人大|常委会" },
    { forward, 4, 0, G_MAXINT, "转发|省教育厅" },
  };

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
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
  const FyTitleBreakCheck breaks[] = {
    { progress, 14, FY_TEST_NO_BREAK, "改造|工程" },
    { progress, 16, 0, G_MAXINT, "工程|建设" },
    { works, 11, FY_TEST_NO_BREAK, "改造|工程" },
    { works, 13, 0, G_MAXINT, "工程|施工" },
    { works, 9, FY_TEST_NO_BREAK, "管网|改造" },
    { road, 21, FY_TEST_NO_BREAK, "段|改建工程" },
    { widening, 12, 0, G_MAXINT, "段|改扩建工程" },
  };

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
}

/* A subtitle's —— opens an organ's name (——澄湾市公安局交通警察支队
 * 先进事迹材料) as 关于 does: the sets mark 1 of the 18 breaks inside
 * such a name, none between the place and its organ. */
static void
test_title_dash_organs (void)
{
  const char *police = "守护一方平安——澄湾市公安局交通警察支队先进事迹材料";
  const char *bureau = "一心为民办实事——澄湾县民政局社会救助科工作纪实";
  const FyTitleBreakCheck breaks[] = {
    { police, 11, FY_TEST_NO_BREAK, "澄湾市|公安局" },
    { police, 6, 0, G_MAXINT, "平安|——" },
    { bureau, 12, FY_TEST_NO_BREAK, "澄湾县|民政局" },
    { bureau, 7, 0, G_MAXINT, "办实事|——" },
  };

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
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
  const FyTitleBreakCheck breaks[] = {
    { returnees, 4, FY_TEST_NO_BREAK, "澄湾市|归国" },
    { red_cross, 3, FY_TEST_NO_BREAK, "澄湾市|红十字会" },
    { lawyers, 4, FY_TEST_NO_BREAK, "澄湾市|律师协会" },
    { lawyers, 8, 0, G_MAXINT, "协会|第四次" },
    { cppcc, 9, FY_TEST_NO_BREAK, "协商会|议" },
  };

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
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
  const FyTitleBreakCheck breaks[] = {
    { league, 3, FY_TEST_NO_BREAK, "共青团|澄湾县" },
    { league, 9, 0, G_MAXINT, "委员会|关于" },
    { congress, 11, FY_TEST_NO_BREAK, "共青团|澄湾县" },
    { school, 17, FY_TEST_NO_BREAK, "中心|小学" },
    { school, 7, 0, G_MAXINT, "三十载|——" },
    { hospital, 6, FY_TEST_NO_BREAK, "中心|医院" },
    { hospital, 8, 0, G_MAXINT, "医院|门诊" },
  };

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
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
  const FyTitleBreakCheck breaks[] = {
    { reply, 13, 20, G_MAXINT, "市政协|十二届" },
    { reply, 10, 0, G_MAXINT, "关于|市政协" },
    { reply, 20, G_MININT, 19, "会议|第0128号" },
    { congress, 4, 20, G_MAXINT, "县人大|十五届" },
  };

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
}

/* An ordinal stays with the quoted name it counts (第三批|“红旗村党支部”,
 * 第十个|“中国农民丰收节”) where a line holds both: the sets mark none of
 * the 16 such breaks labelled since titles-14 (8 of 10 before). */
static void
test_title_ordinal_quotes (void)
{
  const char *batch = "中共澄湾市委组织部关于开展第三批“红旗村党支部”评选活动的通知";
  const char *festival = "在全县庆祝第十个“中国农民丰收节”大会上的讲话";
  const FyTitleBreakCheck breaks[] = {
    { batch, 16, 20, G_MAXINT, "第三批|“" },
    { batch, 13, G_MININT, 19, "开展|第三批" },
    { festival, 8, 20, G_MAXINT, "第十个|“" },
    { festival, 5, G_MININT, 19, "庆祝|第十个" },
  };

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
}

/* A company's name longer than the reading preset's line (14 cells) is
 * cut after the city it is named after (岷州市|城市更新投资发展集团有限公司),
 * as sets 34, 38, 41 and 42 mark it: of the breaks no line avoids, the
 * cheapest.  On gbt9704's line it stays whole (an organ with its place
 * is still cut there last: test_title_numbered_units()). */
static void
test_title_company_places (void)
{
  const char *report = "岷州市城市更新投资发展集团有限公司2027年度安全生产工作计划";
  const char *province = "在苍岭省国有资本运营集团有限公司2027年工作会议上的讲话";
  const char *short_name = "岷州市交通投资集团有限公司2027年度工作要点";
  /* a name at the very start of the title, its city in 城 */
  const char *opening = "蓼城市城市更新投资发展集团有限公司2027年度安全生产工作计划";
  g_autofree int *relaxed = NULL;
  g_autofree char *narrow = NULL;
  g_autofree char *wide = NULL;
  g_autofree char *in_province = NULL;
  g_autofree char *narrow_short = NULL;
  g_autofree char *at_start = NULL;

  if (fy_test_skip_without_lexicon ())
    return;
  relaxed = fy_test_title_prices (fy_title_lexicon_get_default (), report, TRUE);
  for (guint k = 4; k < 17; k++)   /* 岷州市|城市 is cheaper than any other cut in the name */
    g_assert_cmpint (relaxed[3], <, relaxed[k]);

  narrow = fy_test_title_lines (report, "reading");
  g_assert_true (g_str_has_prefix (narrow, "岷州市 / 城市更新投资发展集团有限公司 / "));
  in_province = fy_test_title_lines (province, "reading");
  g_assert_true (g_str_has_prefix (in_province, "在苍岭省 / 国有资本运营集团有限公司"));
  /* a name that fits the line is not cut */
  narrow_short = fy_test_title_lines (short_name, "reading");
  g_assert_true (g_str_has_prefix (narrow_short, "岷州市交通投资集团有限公司 / "));
  at_start = fy_test_title_lines (opening, "reading");
  g_assert_true (g_str_has_prefix (at_start, "蓼城市 / 城市更新投资发展集团有限公司 / "));
  wide = fy_test_title_lines (report, "gbt9704");
  g_assert_nonnull (strstr (wide, "岷州市城市更新投资发展集团有限公司"));
}

/* A congress's round and its kind are one name (第十一次|代表大会,
 * 第九次|妇女代表大会: the sets mark none of the 33 such boundaries); a
 * congress's name longer than a line is cut before its round, as the
 * sets mark it (32 of 33). */
static void
test_title_congress_rounds (void)
{
  const char *resolution = "中国共产党岷州市第十一次代表大会关于中共岷州市第十届委员会报告的决议";
  const char *women = "在苍岭市第九次妇女代表大会上的讲话";
  const char *members = "在苍岭港务集团有限公司第二次党员代表大会上的报告";
  const FyTitleBreakCheck breaks[] = {
    { resolution, 12, FY_TEST_NO_BREAK, "第十一次|代表大会" },
    { women, 7, FY_TEST_NO_BREAK, "第九次|妇女" },
    { women, 9, FY_TEST_NO_BREAK, "妇女|代表大会" },
    { members, 14, FY_TEST_NO_BREAK, "第二次|党员" },
    { members, 16, FY_TEST_NO_BREAK, "党员|代表大会" },
    { members, 11, 0, G_MAXINT, "有限公司|第二次" },
  };
  g_autofree char *narrow = NULL;

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
  narrow = fy_test_title_lines (resolution, "reading");
  g_assert_true (g_str_has_prefix (narrow, "中国共产党岷州市 / 第十一次代表大会"));
}

/* The national statistics bureau's survey team of a place is one name
 * (国家统计局岷州调查队: none of the 4 such breaks marked). */
static void
test_title_survey_teams (void)
{
  const char *notice = "岷州市统计局　国家统计局岷州调查队关于做好2027年人口抽样调查工作的通知";
  const FyTitleBreakCheck breaks[] = {
    { notice, 12, FY_TEST_NO_BREAK, "国家统计局|岷州" },
    { notice, 14, FY_TEST_NO_BREAK, "岷州|调查队" },
    { notice, 17, 0, G_MAXINT, "调查队|关于" },
  };

  if (fy_test_skip_without_lexicon ())
    return;
  fy_test_check_title_breaks (fy_title_lexicon_get_default (), breaks, G_N_ELEMENTS (breaks));
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
  g_test_add_func ("/core/grid/titles/company-places", test_title_company_places);
  g_test_add_func ("/core/grid/titles/congress-rounds", test_title_congress_rounds);
  g_test_add_func ("/core/grid/titles/survey-teams", test_title_survey_teams);
}
