// The classifier's rules as plain data (validated and compiled from rules/*.yaml in infra/).
import type { LearnedModelData } from './learned-model.js';

/** One complaint category: what it is called and the words that point to it. */
export interface CategoryRule {
  /** Stable code listed in docs/categories.md (`lighting`, `elevator` …). */
  code: string;
  /** Display name (`照明`). */
  name: string;
  /** Disabled categories stay in the rules (display names) but never classify a message. */
  enabled: boolean;
  /** Breaks ties between equal scores (higher wins); fallbacks like `other` are negative. */
  priority: number;
  /** Things of this category (路灯, 电梯); weight 1 (vague) … 4 (unmistakable). */
  objects: Record<string, number>;
  /** Phrases that say something is wrong with this category's things (不亮, 趴窝). */
  problems: Record<string, number>;
  /** Typos and colloquial spellings: variant → the object or problem it stands for (路等 → 路灯). */
  aliases: Record<string, string>;
  /** Phrases that make this category (not the report) more likely, with weights (negative to cancel). */
  cues: Record<string, number>;
  /** Hazards that make a report urgent only when this category decides it (有点味 for gas). */
  urgent: string[];
  /**
   * Objects that name who is asked or responsible (物业, 保安), not what is wrong: they count
   * for this category only with one of its own problems, or when no other category is named;
   * otherwise their weight goes to the category the message is about (物业，路灯坏了 → lighting).
   */
  agents?: string[];
  /**
   * A category about people rather than things (dispute: 赔, 调解, 吵起来): when it scores at
   * least this much, it decides even over a category that scores more, whose things are then
   * only the cause (楼上漏水…不肯赔…调解 is a dispute).
   */
  frame?: number;
  /**
   * What this category supplies (水, 热水; 电; 暖气), with weights: said not to come in a
   * `language.absent` frame (还没来水, 电还没来, 没暖气) it is a problem of this category, of that weight.
   */
  supplies?: Record<string, number>;
  /**
   * Kinds of danger (urgency.yaml hazard kinds) that are not this category's even when they befall
   * its things: a car on fire in the car park is a fire (治安消防), not a parking problem. An urgent
   * message of such a kind that would go to this category goes to the danger's own category.
   */
  yields?: string[];
  /**
   * Problems that are this category's only when the message names one of its own things or agents
   * (涨价 of 物业费 or 物业; not of 菜价, 快递, 燃气费): without one they say nothing of it.
   */
  owned?: string[];
}

/** A named group of global cues: positive weights strengthen "report", negative ones cancel it. */
interface CueGroup {
  /** Short English kind (`thanks`, `notice`, `request` …), shown by `rules explain`. */
  kind: string;
  /** Chinese description for people editing the rules. */
  label: string;
  weight: number;
  terms: string[];
  /**
   * Negative groups only. 'clause': the group counts only when every category term of the
   * message sits in a clause holding one of its terms (谢谢 after a report does not cancel it).
   * 'span': the same, but a term also speaks for the clauses after it, up to a "here" word
   * (别的小区…停水 is news, but 上次别的小区着火，咱们车棚没有灭火器 is a report).
   * Default 'message': anywhere in the message (only for phrases, see `rules check`).
   */
  scope?: 'message' | 'clause' | 'span';
  /**
   * When a quoted reply holds one of these terms (好个啥, 又, 还是) but names no category term
   * itself, the objects named in the quote count for it (「电梯修好了」→ 好个啥 又停了).
   */
  quoteObjects?: boolean;
  /**
   * Positive groups: its terms ask for something or complain (能不能, 没人管), so a clause-scoped
   * "not a report" word in another clause (谢谢, 大家好) gives way to them as to a problem word.
   */
  claim?: boolean;
  /**
   * Positive groups: said with a thing of the report's category named, its terms ground the report
   * as a problem word does (请尽快, 没人管, 都一周了): the learned model may not drop it (second-opinion.ts).
   */
  grounds?: boolean;
  /**
   * Negative groups: its terms ask (请问, 问一下, 多久), so a request or complaint in the clause of
   * one of them (请问什么时候能修, 锁坏了，问一下什么时候修) makes it a request, and the group gives way.
   * An `inquiry` term (谁管, 找谁) there does so only when the message says something is wrong:
   * 请问路灯归谁管 asks for information, 路灯坏了，请问归谁管 asks for action.
   */
  asking?: boolean;
  /**
   * Positive `claim` groups: its terms ask who is in charge or whom to call (谁管, 找谁, 谁负责).
   * Said of a fault they ask for action; with nothing said to be wrong, after an asking word
   * (请问, 有谁知道), they ask for information (see `asking`).
   */
  inquiry?: boolean;
  /**
   * Positive `claim` groups: its terms tell a feeling or a judgement (吓人, 不敢, 担心), not an ask. Back
   * here past a place elsewhere (抖音上看见…着火了，咱这可不敢) such a word counts only with a thing or a
   * fault in its clause: alone it is the feeling about the story told elsewhere.
   */
  feeling?: boolean;
  /**
   * Negative clause-scoped groups only: a formula said around a message (大家好, 各位邻居): it
   * gives way to any category term in another clause, not only to a problem or a request.
   */
  polite?: boolean;
  /**
   * Negative clause-scoped groups only: a tone word (笑死, 好可爱) that closes the message sets the
   * tone of all of it, unless some request, complaint or waiting is said anywhere in it.
   */
  tone?: boolean;
  /**
   * With `tone`: the closing word says how it all ended (…窗户开了 没事没事, 下去看了 没事), so it sets the
   * tone even of a message telling a danger (煤气味, 着火) — the danger told before it is over.
   */
  settles?: boolean;
  /** Negative groups: not when the message says something is wrong (坏了, 堵了): a fault told with a word to all, or asked about, is a report. */
  unlessFault?: boolean;
  /**
   * Negative clause-scoped groups only: a resolution (就好了, 已经换了) closes the story told
   * before it, so it gives way only to a problem or a request said after it (修好了又坏了).
   */
  closes?: boolean;
  /**
   * Span groups naming a place elsewhere (学校, 别的小区): right before a near word (学校门口) or
   * after a word of here (社区医院, 施工单位) it names a place near or of here, and does not count.
   */
  place?: boolean;
  /**
   * Span groups only: a belief that turned out wrong (刚以为…问了下…: a false alarm). A closing
   * word or a "not a report" phrase after it in its clause is only believed (我还以为修好了, 还以为是
   * 我家自己的事), and so is a request after a wish word (本以为物业会来修); a problem after a
   * reality word (出门一看) is seen: then the fault is real, and neither the word nor the frame counts.
   */
  belief?: boolean;
  /**
   * Span groups only: a condition (如果, 万一, 要是): the clause after its clause that opens with a
   * `language.consequences` word (就, 那就) tells the condition's consequence, so a danger there is
   * only supposed, as in the condition's own clause (万一有人踩上去，就掉下去了 is not urgent).
   */
  condition?: boolean;
  /**
   * Span groups only: a story of the past (小时候, 那年头, 前几年); it ends at a "now" word (`language.now`:
   * 现在, 最近) as others end at a "here" word. Its terms are also the past-time words of urgency: a
   * hazard after one of them is of the past, until a "now" word.
   */
  past?: boolean;
  /**
   * Negative clause-scoped groups only: a reply said on its own (收到, 好的): it counts only first in
   * its clause (after a speaker's colon, other replies or `language.interjections`: 嗯嗯好的, 物业：收到);
   * after other words it is part of them (说好的维修呢, 修好的灯又坏了).
   */
  alone?: boolean;
  /**
   * Negative clause-scoped groups only: a thanks said after a request is a sign-off (麻烦赶紧叫人过来谢谢),
   * even in a run-on sentence with no punctuation; a thanks before it is thanks (谢谢物业帮忙).
   */
  signOff?: boolean;
  /**
   * Negative groups of a worker's words (已安排师傅, 已到现场): relayed by a resident (物业说已安排师傅,
   * after a `language.relays` word in its clause) and followed by a problem, a complaint (到现在没见人)
   * or a `waiting` term (都等了半个月), it is a promise not kept, and does not count.
   */
  relayed?: boolean;
  /** Positive groups: the fault has lasted or come back (都等了, 半个月, 还是): see `relayed`. */
  waiting?: boolean;
  /** Positive groups: the fault is back or still there (又, 还是不): said after a fix (弄好了，现在又…), it reopens it. */
  reopens?: boolean;
  /**
   * Negative clause-scoped groups only: kinds of other groups that, with a term anywhere in the
   * message, make this group speak for the whole message (an offer 专业维修 and a contact 电话：…
   * together are an advert, whatever fault it names; either alone speaks only for its clause).
   */
  together?: string[];
  /** With `together`: the group counts only with a partner; alone it says nothing (联系我, 遇到). */
  /**
   * With `together`: the group and its partners speak only for the clauses from the first to the last
   * of their terms, not for the whole message: a thing said to be wrong outside them (我家水管冻裂了。
   * 其他邻居提前做好保温，不然就麻烦了) is a message of its own. Without it (adverts) they speak for all.
   */
  ownClauses?: boolean;
  onlyTogether?: boolean;
}

interface Thresholds {
  /** Minimum total evidence for a report. */
  report: number;
  /** Minimum score of the best category for a report. */
  category: number;
  /** Upper bound on what the best category's score adds to the evidence (so a long advert full of terms is still an advert). */
  categoryCap: number;
  /** Bonus when an object and a problem of the same category occur in the same clause. */
  pair: number;
  /** Upper bound on what generic problem words add to the evidence. */
  problemCap: number;
}

export interface Rules {
  categories: CategoryRule[];
  /** The learned second opinion (rules/learned-model.json), when the rules directory has one. */
  learned?: LearnedModelData;
  /** Generic problem words (坏了, 没反应); they pair with any category's objects. */
  problems: Record<string, number>;
  cues: CueGroup[];
  urgency: UrgencyRules;
  language: LanguageRules;
  places: {
    /** Named zones that count as a building place (平房区, 别墅区). */
    zones: string[];
    /**
     * Words that bring the talk back to this community (咱们, 我家 …): a clause-scoped cue
     * group (别的小区, 万一哪天) covers its clause and the ones after it up to such a word.
     */
    here?: string[];
  };
  thresholds: Thresholds;
}

/** A kind of danger (fire, water on electrics, someone trapped …) and where it counts. */
interface HazardClass {
  kind: string;
  /** Chinese description, shown by `rules explain`. */
  label: string;
  terms: string[];
  /** Exposure kinds one of which must be near a hazard term; empty: urgent on its own. */
  needs: string[];
  /**
   * Exposure kinds one of which must also be near, besides one of `needs` (a loose railing
   * endangers only where people pass below it); empty or absent: `needs` alone decides.
   */
  also?: string[];
  /**
   * Exposure kinds none of which may be near (a smell by a kitchen stove is gas; by a drain or a
   * rubbish bin it is the drain's or the bin's); empty or absent: nothing rules it out.
   */
  unless?: string[];
  /**
   * For a hazard that needs nothing: exposure kinds of things it may befall (a fire at an e-bike, a
   * charger, a meter box). Not required; when one is near, the finding names it, so the message is
   * about that thing's category.
   */
  at?: string[];
  /**
   * Words right before a term of this hazard that make it part of another word (挡着了, 睡着了:
   * 着 marks a verb's state, nothing caught fire). Absent: none.
   */
  not_after?: string[];
  /**
   * Its category keeps an urgent message from its `yields` (救护车进不来 of a parked car: the patient
   * or the fire waits on the car being moved). Absent: false.
   */
  keeps?: boolean;
  /**
   * A term counts only where it ends its clause (卫生间客厅都是: what fills the rooms was said
   * before it; 屋里全是灰 says what). Absent: false.
   */
  ends_clause?: boolean;
  /** How many clauses apart hazard and exposure may be (0: the same clause). */
  window: number;
  /** The category of an urgent message whose words name no category well enough (null: none). */
  category: string | null;
}

/** Who or what is exposed to a hazard: people, electrics, a walkway, a vulnerable person … */
interface ExposureClass {
  kind: string;
  label: string;
  terms: string[];
  /** Category an urgent message gets from this exposure when no category decides (老人 → care_service). */
  category: string | null;
  /**
   * A thing, not a person or a place (暖气片, 电线, 井盖): the category that names it is what an
   * urgent message is about (暖气片接口崩开了 … 物业电话打不通 is heating).
   */
  thing?: boolean;
}

/** The urgency layer: hazard × exposure within a window of clauses, unless cancelled. */
interface UrgencyRules {
  hazards: HazardClass[];
  exposures: ExposureClass[];
  /** Words that cancel a hazard in their clause (如果, 万一, 差点). */
  cancel: string[];
  /**
   * Near misses (差点, 险些): they say the word after them did not happen, so they cancel only the
   * hazards after them in their clause (往下掉刚才差点砸到人 still says something is falling).
   */
  nearly?: string[];
  // A story set in the past (那几年, 前几年, 当年) cancels the hazards after it, in its clause and the
  // clauses after it, until a word of now brings it back: the words are the terms of the `past` cue
  // groups and `language.now`, one list each for the report decision and urgency.
  /** Words that say a danger is over (救出来了, 扑灭了): they cancel hazards in their clause and the clauses before it. */
  over: string[];
  /**
   * Words of `over` that end only some kinds of danger (拉了闸 ends sparks and water on electrics,
   * not a flood; 在抽烟 explains a smell, not gas hissing out): word → the hazard kinds it ends, or
   * categories, whose own danger words (供电's 冒火花) it ends.
   * Absent: every word of `over` ends every danger.
   */
  over_only?: Record<string, string[]>;
  /**
   * Words of `cancel` that cancel only some kinds of danger (地漏 says a rotten-egg smell is the
   * drain's, not gas; it cancels no flood from the drain): word → the hazard kinds, or categories
   * (for their own danger words), it cancels. Absent: every word of `cancel` cancels every danger.
   */
  cancel_only?: Record<string, string[]>;
  /**
   * Words that, said after a word of `over` in its clause, say the danger goes on (关了阀门还在响,
   * 扑灭了又烧起来): that word of `over` ends nothing. Absent: none.
   */
  persists?: string[];
  /**
   * Words right before a hazard that tell people not to act on it (别打119, 不用叫消防): the caller
   * says there is no emergency. Absent: none.
   */
  prohibit?: string[];
  /**
   * Words right before a hazard that make it a measure of how much (热得冒烟, 多到爆炸, 气得冒火):
   * a figure of speech, no danger. Absent: none.
   */
  degree?: string[];
  /**
   * Kinds of "not a report" cue groups an emergency outweighs (【求助】, @所有人, 有没有人知道 …):
   * in an urgent message they subtract nothing.
   */
  outweighs: string[];
  /**
   * Kinds of "not a report" cue groups that calm every hazard of the message (转发的文章: a fire in
   * a forwarded article is nowhere here); absent: none.
   */
  calming?: string[];
  /**
   * Kinds of "not a report" cue groups (转：, 通知：, 我是保洁) an emergency also outweighs when the
   * message places it at a building here (网格员转：37幢独居老人应急按钮报警): a relay of a live
   * danger in this estate is a report whoever relays it. Absent: none.
   */
  placed_outweighs?: string[];
  /**
   * Kinds (转：) also outweighed when, besides, the message opens with a label naming staff (网格员转：):
   * the estate's staff relay it; a forwarded article (转自公众号：4栋…) does not. Absent: none.
   */
  relayed_outweighs?: string[];
  /** Evidence an urgent finding adds towards "report" (a false alarm beats a miss). */
  evidence: number;
}

/** Negation and clause words, one term each (rules/cues.yaml `language`). */
export interface LanguageRules {
  /** Words that negate the term right after them (不亮了 is not 亮了). */
  negation: string[];
  /** Words that deny a hazard right after them (不是着火) … */
  denial: string[];
  /** … unless they are part of a question (是不是漏了). */
  question: string[];
  /** Words that say a fault right after them has not come yet (还没堵, 尚未损坏): no fault is told. */
  notYet?: string[];
  /** Characters that end a clause. */
  clauseBreaks: string[];
  /**
   * Words that make the thing before them a place (电梯厅, 车棚旁边, 配电室那边): it says where,
   * and counts for its category only when the message names no other one.
   */
  placeSuffixes?: string[];
  /**
   * Words that make a place of elsewhere a landmark near here (学校门口, 医院旁边): the
   * "elsewhere" frame of that word does not count.
   */
  nearSuffixes?: string[];
  /**
   * Words that make the place of elsewhere right after them one of here (社区医院, 小区幼儿园)
   * or a party that serves here (施工单位, 电梯公司): the "elsewhere" frame does not count.
   */
  nearPrefixes?: string[];
  /**
   * Words of seeing and hearing (看到, 听说): a place of elsewhere right after them is what was seen or
   * heard (看到隔壁小区着火), even when they end in a near prefix (到).
   */
  perceive?: string[];
  /**
   * Words for others (别的, 人家): a resolution after them in its clause is someone else's (别的区都热了),
   * and closes nothing here.
   */
  others?: string[];
  /**
   * Words inside a 【…】 header that opens a message and marks it a notice, forward or article (【通知】,
   * 【电梯维保公示】, 【转发】). A header holding none of them and some `residentHeaders` word, or
   * naming a place (【3栋】), is a resident's (【求助】, 【紧急】); any other header (【重要】, 【绿化作业】) marks a notice too.
   */
  noticeHeaders?: string[];
  /**
   * Words inside a 【…】 header that make it a resident's (【求助】, 【投诉】, 【紧急】), unless a `noticeHeaders` word is
   * there too outside them (转 of 转办 does not count).
   */
  residentHeaders?: string[];
  /**
   * Words that make the speaker named at a message's start (物业：…, 网格员提醒：…, 物业工程部：…) or signed
   * at its end (——物业服务中心) staff: staff speaking post a notice or a reply, not a report.
   */
  staffSpeakers?: string[];
  /**
   * Planned work (停水, 检修, 清洗, 升级): said with a time window (九点到十一点, 8:00-12:00) and no request,
   * complaint or waiting, it announces the work: no report.
   */
  plannedWork?: string[];
  /**
   * Words that, opening a message that tells a fix (谢谢物业 垃圾房终于清干净了), make it a thank-you: no report
   * unless it goes on to ask, complain, say the trouble is back or tell a fault past the fix.
   */
  thanksOpenings?: string[];
  /** How request words start when they tell a help given (帮忙, 帮我们): in a thank-you they ask for nothing. */
  helped?: string[];
  /**
   * Words that make such a label an address to staff (致社区：, 尊敬的物业：, 居委会您好：, 请问社区：) or a
   * resident relaying (网格员转：): the resident speaks, and is read as usual.
   */
  addressed?: string[];
  /**
   * Words that ask the reader to do something (请, 麻烦, 拜托). After a condition in its clause that supposes
   * nothing wrong (如有人管请回复, 如果有人看到麻烦回个话) they make it a conditional request, which speaks
   * only from its word to its clause's end (conditional-request.ts); before a staff
   * word in a speaker's label (如有人管请回复：, 麻烦物业：) they make the label a resident's asking staff.
   * A word of one character counts only where a word starts (请 of 请回复 and 请尽快, not of 申请).
   */
  asks?: string[];
  /**
   * Words in a quoted author's nickname that make them staff (物业客服, 小区管家, 网格员): a complaint that
   * names nothing, answering staff words that name nothing (「物业客服：已经登记了」登记一个月了 还是没人来),
   * is about that service: the nickname is read as part of the reply.
   */
  staffAuthors?: string[];
  /**
   * Words that throw the quote's own words back (整改啥了, 达标个啥, 文明啥呀): a reply opening with words
   * of the quote followed by one of these or by a question mark (「保安：晚上有巡逻的」巡逻？…) disputes
   * what the quote claims, so it is about the quoted thing: the quote's things and its author's nickname
   * are read into the reply.
   */
  rebuttals?: string[];
  /**
   * Words that open a reply agreeing with the quote (对, 是的, 没错): said to a quote that tells or asks
   * of a fault (下水又堵了？), the reply tells that fault (对 8号楼2单元 马桶冲不下去).
   */
  agree?: string[];
  /**
   * Bare answers that say no (没有, 没有啊, 不是): a reply clause that is only one of these, said to a quote
   * asking whether something is wrong (是不是停电了？), denies the quoted fault; the reply is read as
   * opening with `denyAs` (没有的事), a false-alarm phrase.
   */
  denyAnswers?: string[];
  denyAs?: string;
  /**
   * A quote that only asks for information (谁知道社区开证明要带啥, 社保在哪交: an asking group's word, no
   * fault, claim or hazard) answered by a reply that tells no fault, claim, waiting or hazard of its own
   * (带户口本和身份证就行): the reply answers the inquiry, and is read as opening with `answerAs` (打听一下).
   */
  answerAs?: string;
  /**
   * Words in a reply's first clause that say "here too" (也是, 也一样, +1): said to a quote that tells
   * or asks of a fault (我们楼的灯也不亮), the reply tells that fault at its own place (3号楼一单元也是).
   */
  same?: string[];
  /** Words right after a "fixed" term that make it a question (修好了吗, 好了没): nothing is closed. */
  questionEnds?: string[];
  /**
   * Words earlier in its clause that make a closing term a wish or a when-question (要是换了就好了,
   * 什么时候能修好): it closes nothing.
   */
  irrealis?: string[];
  /**
   * Words that bring a story of the past (a `past` span group) back to now (现在, 最近, 又): for the
   * report decision and for urgency (那几年老被淹，现在又淹了 is urgent).
   */
  now?: string[];
  /**
   * Words right after a past-time word (a `past` group's term) that make it date a thing, not the
   * story (早些年装的电梯, 前几年换的水管, 二十多年前的了): the fault told of that thing is of now.
   * (So is one after 是…的: 线还是八几年的铝线.)
   */
  dates?: string[];
  /**
   * Past-time words of "then" (那会儿, 那时候) that, after other words of their clause, say when
   * within a story of now (昨晚十点那会儿电梯坏了); only first in their clause do they set it in the past.
   */
  within?: string[];
  /**
   * Words right after a past-time word that comes after other words of its clause (路灯前几年就坏了,
   * 这电梯当年就是最便宜的): what is told has lasted since then. First in its clause (那年就淹过一次) it is past.
   */
  since?: string[];
  /**
   * Words right before a past-time word that make it one end of a time running on to now
   * (自去年雨季起一直渗水, 从前年开始, 有效期到去年十月): what is told is of now.
   */
  bounds?: string[];
  /** Past words that count years (九几年, 十几年前): with 的 right after them they give a thing's age (九几年的房子), not the story's time. */
  ages?: string[];
  /**
   * Words of the community that the segmenter's dictionary lacks and no rule term holds (业委会, 会所):
   * they are added to it, so that a character inside them that is a word elsewhere (会 'will') stays inside.
   */
  words?: string[];
  /** Words that open the consequence clause of a condition (就, 那就: 要是掉下来，就砸到人了): see the groups' `condition`. */
  consequences?: string[];
  /**
   * Words right after a fault word that make it the head of a thing's name (险: 漏水险, 火灾险;
   * 报警器, 保护器: 漏水报警器, 漏电保护器): no fault is told.
   */
  compoundHeads?: string[];
  /** Words that start with a compound head and are none (险些 of 往下掉险些砸到人, 险情). */
  notCompoundHeads?: string[];
  /**
   * Frames that say a supply has not come, ~ standing for it (没来~, 还没来~, ~还没来, 没~): with each
   * category's `supplies` they are its problems (还没来水 is water_supply).
   */
  absent?: string[];
  /** Interjections that may come before a reply said on its own (嗯, 哦: 哦好的): see the groups' `alone`. */
  interjections?: string[];
  /** Words that say something goes on till now (一直, 三天两头, 没人管): a story of the past ends at them as at a `now` word. */
  still?: string[];
  /** Words of ability (能, 可以): right after a reopening word (又能用了) the thing works again. */
  abilities?: string[];
  /** Words that tell what was before (之前, 本来): after a fix (弄好了，之前…不亮), the fault told with them is the one fixed. */
  earlier?: string[];
  /** Words after a belief (以为) that say what was found (一看, 结果, 原来): a problem after them is real. */
  reality?: string[];
  /** Words right after a reality word that name what it was (一看是…, 原来是…): it explains the belief away. */
  identifies?: string[];
  /** Words earlier in its clause that say a worker's words are passed on (物业说已安排): see `relayed`. */
  relays?: string[];
  /** Right after a staff word (温馨提示贴了, 通知上说), these tell that a resident speaks of it: as after a `relays` word. */
  relayedAfter?: string[];
  /**
   * Words earlier in its clause that make a condition word ending in 话 (的话) the words said:
   * 说句得罪人的话, 物业说的话 are no 'if'.
   */
  speech?: string[];
  /**
   * Words right before a request word that tell the effort someone made coming (冒雨来修, 连夜来修):
   * what was done, told in thanks, not asked for.
   */
  effort?: string[];
  /**
   * Groups of characters an input method gives for the same sound (气起汽, 梯提题): an object of
   * two characters or more, or a problem or hazard of three or more, written with one of them in
   * place of the other (燃起味, 电提, 井该) means the same, where it stands as whole words.
   */
  homophones?: string[];
  /**
   * Dialect spellings and the common words they stand for (唔: 不, 咗: 了, 阿拉: 我们, 莫得: 没有):
   * the classifier reads a message with these rewritten; what it stores and shows stays as written.
   */
  dialect?: Record<string, string>;
  /**
   * Comparisons (跟…似的, 像…一样, 比…还): what lies between an opening and a closing word of one
   * pattern is what the message compares with, not what is wrong (see comparisons.ts). A pattern
   * with `only_cancels` drops only the urgency layer's cancellers there (和上回…一样); one with
   * `to_clause_end` needs no closing word: its vehicle runs from the opening word to the clause's
   * end (还不如我们这老房子爬楼).
   */
  comparisons?: { opens: string[]; closes: string[]; only_cancels?: boolean; to_clause_end?: boolean }[];
  /** Words holding an opening word that compare nothing (比较, 比如). */
  notComparisons?: string[];
}
