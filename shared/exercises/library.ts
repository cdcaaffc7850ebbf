import type { ExerciseView } from '../contract/exercise';
import type { ChecklistPhase, ExerciseAgendaKind, ExerciseFlag, ExerciseStage } from '../domain/exercise';
import { BUILT_IN_EXERCISE_PREFIX, EXERCISE_FLAGS } from '../domain/exercise';

/**
 * The built-in exercise library: trust-building and humanising activities for dialogue between
 * people whose communities see each other as enemies, written for this app from Track Two practice
 * (Kelman's problem-solving workshops, Saunders' Sustained Dialogue, storytelling and narrative
 * work, scenario building, appreciative inquiry). Each is a starting point the facilitator may
 * duplicate and adapt; built-ins themselves are read-only, so a run's checklist always says what
 * the library said.
 *
 * Every exercise that asks people to speak about themselves carries "opting out is always fine":
 * nobody is ever made to share, and pacing comes before depth.
 */

interface Draft {
  readonly key: string;
  readonly name: string;
  readonly purpose: string;
  readonly stage: ExerciseStage;
  readonly agendaKind: ExerciseAgendaKind;
  readonly minutes: readonly [number, number];
  readonly people: readonly [number, number | null];
  readonly materials: string;
  readonly interpretation: string;
  readonly flags: Readonly<Partial<Record<ExerciseFlag, string>>>;
  readonly steps: Readonly<Record<ChecklistPhase, readonly string[]>>;
}

const OPT_OUT =
  'Say at the start that anyone may pass, at any moment, without a reason, and mean it: move on without a look or a pause.';

const drafts: readonly Draft[] = [
  {
    key: 'ground-rules',
    name: 'Ground rules we agree together',
    purpose:
      'The group writes its own working agreement: confidentiality, no attribution, no commitments on behalf of governments, how to disagree. Rules the room made itself are easier to hold each other to than rules handed down.',
    stage: 'opening',
    agendaKind: 'plenary',
    minutes: [30, 45],
    people: [4, 40],
    materials: 'Flip chart and markers; the confidentiality rule of the session printed for each participant.',
    interpretation:
      'Consecutive interpretation; agree the wording of each rule in every language before moving on, since a rule that reads differently on each side protects no one.',
    flags: {},
    steps: {
      prepare: [
        'Decide which rules are not negotiable (confidentiality regime, no recording, no press) and say so in advance.',
        'Prepare the session’s confidentiality rule in writing, in every working language.',
        'Ask the interpreters to check the key words: “attribution”, “off the record”, “commitment”.',
      ],
      room: [
        'Explain the non-negotiable rules first and why they protect everyone present.',
        'Invite proposals from the floor; write each one up in the participants’ own words.',
        'Test each proposed rule: can every side live with it?',
        'Read the final list aloud in every language and ask for visible agreement.',
        'Agree what happens when a rule is broken (a pause, a private word from the facilitator).',
      ],
      aftercare: [
        'Type up the agreed rules and hand them out before the next item.',
        'Note any rule a side hesitated over: it may show a fear worth hearing later.',
      ],
    },
  },
  {
    key: 'check-in-round',
    name: 'Morning check-in round',
    purpose:
      'A short round at the start of each day: one word or sentence on how each person arrives. It shows the facilitator who slept badly, who heard bad news from home, and who is ready for harder work.',
    stage: 'opening',
    agendaKind: 'plenary',
    minutes: [10, 25],
    people: [3, 30],
    materials: 'None. A talking piece (a stone, a pen) helps keep one voice at a time.',
    interpretation: 'Whispered or consecutive interpretation; keep answers short so the round does not drag.',
    flags: {
      'opt-out': 'Passing is an answer. “I’ll pass today” is welcome and needs no explanation.',
    },
    steps: {
      prepare: [
        'Check the overnight news from each side’s home: an event may colour the whole day.',
        'Choose the question (“One word for how you arrive today”) and keep it light.',
      ],
      room: [
        'Go first as facilitator, briefly, to show the length and tone.',
        'Go round in seating order, not by side, so no side answers as a block.',
        'Thank each person without commenting on what they said.',
        'If someone names distress, acknowledge it and offer a word during the break rather than in the circle.',
      ],
      aftercare: [
        'Follow up privately with anyone who seemed shaken.',
        'Adjust the day’s plan if the room is not ready for what was planned.',
      ],
    },
  },
  {
    key: 'shared-meal',
    name: 'Shared meal',
    purpose:
      'Eating together at mixed tables, with no agenda. Many participants have never sat at a table with someone from the other side; the meal is where first names, families and jokes first appear.',
    stage: 'opening',
    agendaKind: 'meal',
    minutes: [60, 120],
    people: [4, 60],
    materials:
      'Food every side can eat (halal, kosher, vegetarian as needed; ask, do not assume); place cards if seating is planned.',
    interpretation:
      'Seat an interpreter, or a bilingual facilitator, at each table; otherwise tables fall back into one language per side.',
    flags: {
      separation:
        'Some delegations cannot be seen eating with the other side, or need their own table at first. Offer a separate table without comment, and leave the door open for later meals.',
      'opt-out': 'Nobody has to join a mixed table; a quiet meal alone after a hard session is a fair choice.',
    },
    steps: {
      prepare: [
        'Ask each delegation in advance about food rules, fasting days and alcohol.',
        'Decide whether seating is free or planned; if planned, mix sides and avoid seating people next to their own officials.',
        'Check the dining room is out of sight of other guests, cameras and photographs.',
        'Brief the venue staff: no photographs, no names on place cards beyond first names or codes.',
      ],
      room: [
        'Open the meal with a simple word of welcome, no speeches about the conflict.',
        'Move between tables; help a stalled table with a neutral question (food, travel, children).',
        'Watch for anyone isolated and invite them to a table.',
      ],
      aftercare: [
        'Note who sat with whom and what crossed the tables (first names, humour) for the trust reading.',
        'Thank the kitchen; staff who felt part of it keep a venue discreet.',
      ],
    },
  },
  {
    key: 'walk-and-talk',
    name: 'Walk-and-talk in mixed pairs',
    purpose:
      'Pairs from different sides walk for half an hour with one gentle question. Walking side by side, not face to face, makes it easier to talk; many of the first real conversations in a process happen on a path.',
    stage: 'opening',
    agendaKind: 'informal',
    minutes: [30, 60],
    people: [4, 40],
    materials:
      'A safe, private route (the venue’s garden or grounds); a printed question card per pair; weather plan B indoors.',
    interpretation:
      'Pair people who share a language, or pair each with an interpreter walking a step behind; check pairs in advance.',
    flags: {
      'personal-sharing':
        'The question invites personal stories. Keep it gentle (“a place you love”, “how you came to this work”), never about losses in the conflict.',
      'opt-out': 'Anyone may walk alone, or stay behind, and may talk about the weather the whole way.',
    },
    steps: {
      prepare: [
        'Walk the route yourself: it must be private, safe and short enough to finish on time.',
        'Form the pairs in advance, each across sides, avoiding pairs with a known personal history.',
        'Check language pairs; assign interpreters where needed.',
        'Write the question card in every working language.',
      ],
      room: [
        'Explain the walk: one question, both answer, nothing said is reported back.',
        'Name the time and the meeting point; give a signal for the way back.',
        'Stay visible at the meeting point for anyone who returns early.',
        'On return, ask only “How was it?” with a show of hands or one word each; no reporting of content.',
      ],
      aftercare: [
        'Watch at the next meal for pairs who keep talking: note it for the trust reading.',
        'Check quietly with anyone who came back early or looked upset.',
      ],
    },
  },
  {
    key: 'cultural-evening',
    name: 'Cultural evening',
    purpose:
      'Each side shares a song, a poem, a dish or a game from home, by choice. Seeing the other side’s culture as something loved, not as a threat, is part of coming to see each other as human beings.',
    stage: 'opening',
    agendaKind: 'informal',
    minutes: [90, 180],
    people: [4, 60],
    materials: 'A room that can be rearranged; a speaker for music; ingredients if a dish is prepared together.',
    interpretation:
      'Translate poems and song lyrics in advance where the performer agrees; a short spoken summary is enough otherwise.',
    flags: {
      'needs-trust':
        'A song or symbol that is loved on one side can be a wound on the other (anthems, martial songs, contested places). Hold it once the group has met at least once, and look at each contribution with its giver beforehand.',
      'opt-out': 'No one has to perform. Listening is taking part.',
    },
    steps: {
      prepare: [
        'Invite contributions a few days ahead, with examples that are clearly non-political.',
        'Go through each contribution privately with its giver; ask whether anything in it could hurt the other side.',
        'Plan the order so sides alternate and nobody closes the evening alone.',
        'Agree that there are no photographs or recordings.',
      ],
      room: [
        'Open with a contribution from the facilitation team to lower the stakes.',
        'Introduce each contribution in one sentence; let the giver say what it means to them.',
        'Keep applause and thanks equal for every contribution.',
        'Close the evening before energy drops; end with something everyone can join (a dance, a shared dish).',
      ],
      aftercare: [
        'Thank each contributor individually the next morning.',
        'Note any moment of unease and check in with those involved.',
      ],
    },
  },
  {
    key: 'hopes-and-fears',
    name: 'Hopes and fears',
    purpose:
      'Each person writes what they hope this dialogue could bring and what they fear could happen, to themselves, their community, or the process. Hearing the other side’s fears, often mirror images of one’s own, is the first step to seeing its people as people.',
    stage: 'opening',
    agendaKind: 'exercise',
    minutes: [60, 90],
    people: [4, 30],
    materials:
      'Cards in two colours (hopes, fears), pens, a wall or board to cluster them; blank cards so no handwriting can be recognised.',
    interpretation:
      'Cards are read out by the facilitator and interpreted consecutively; ask interpreters to render fears literally, not softened.',
    flags: {
      'personal-sharing':
        'Fears touch personal safety and family. Cards are anonymous and read out by the facilitator; no one is asked which card is theirs.',
      'opt-out':
        'A blank card is a valid card. Anyone may write only hopes, or nothing, and nobody comments on how many cards anyone wrote.',
    },
    steps: {
      prepare: [
        'Prepare cards in two colours and identical pens, so handwriting and ink do not identify anyone.',
        'Decide whether cards are written by side or mixed; by side is safer in a first session.',
        'Agree with the co-facilitator who reads the cards and who clusters them.',
        'Plan where the fears go afterwards: typed up without handwriting, or kept by the facilitator.',
      ],
      room: [
        'Explain the exercise and say aloud that anyone may write nothing.',
        'Give ten quiet minutes to write, one hope or fear per card.',
        'Collect the cards face down and shuffle them.',
        'Read each card aloud without comment; interpret each one.',
        'Cluster hopes and fears on the wall with the group’s help; name the clusters in neutral words.',
        'Ask: which of the other side’s fears surprised you? Which fears do the sides share?',
      ],
      aftercare: [
        'Photograph nothing; copy the clusters by hand or type them without handwriting.',
        'Destroy or keep the cards securely as agreed; never carry them across a border.',
        'Note which shared fears could become a topic for joint work.',
      ],
    },
  },
  {
    key: 'personal-narratives',
    name: 'Personal narratives: how I came to be here',
    purpose:
      'Volunteers tell the story of their own life and how it led them to this table, while the others listen without replying. Stories make a person out of “the other side”, and are remembered long after positions are forgotten.',
    stage: 'deepening',
    agendaKind: 'exercise',
    minutes: [60, 120],
    people: [4, 20],
    materials: 'A quiet room with chairs in a circle; water and tissues within reach; a talking piece.',
    interpretation:
      'Consecutive interpretation, sentence by sentence, with interpreters briefed on the emotional load; plan a pause for them after a heavy story.',
    flags: {
      'personal-sharing':
        'The heart of the exercise is personal. Speakers choose what to tell and where to stop; listeners never ask for more.',
      retraumatising:
        'Stories of loss, prison or displacement may surface. Have a co-facilitator ready to step out with anyone, and plan time after the session.',
      'needs-trust':
        'Not in the first hours of a first meeting: run it once people have shared a meal and the ground rules hold.',
      'opt-out': OPT_OUT,
    },
    steps: {
      prepare: [
        'Ask for volunteers beforehand, privately; never assign speakers.',
        'Agree a time per story (five to ten minutes) and how you will signal it gently.',
        'Brief interpreters on the load and agree a signal if they need a pause.',
        'Arrange a quiet room nearby where someone can step out with a co-facilitator.',
        'Check the session’s confidentiality rule covers what is told here; say what will and will not be noted.',
      ],
      room: [
        'Restate the confidentiality rule and that anyone may pass or stop mid-story.',
        'Explain the listening rule: no questions, no answers, no corrections of facts.',
        'Alternate speakers between sides.',
        'After each story, a moment of silence, then a simple thank-you from the facilitator.',
        'End with one round of “something I heard that stays with me”, optional for each person.',
      ],
      aftercare: [
        'Speak privately with every storyteller before the day ends.',
        'Watch for anyone withdrawn at dinner; offer a walk or a quiet word.',
        'Record observations at facilitator level only, without the content of the stories.',
        'Put anyone who told a hard story on the after-care check-in list.',
      ],
    },
  },
  {
    key: 'community-letter',
    name: 'What I’d like you to know about my community',
    purpose:
      'Each side prepares, in its own room, what it wishes the other side understood about its community: daily life, what outsiders get wrong, what it is proud of. Then each side presents and the other listens and asks questions only to understand.',
    stage: 'deepening',
    agendaKind: 'exercise',
    minutes: [75, 120],
    people: [4, 30],
    materials: 'Two rooms; flip charts and markers in each; a timer.',
    interpretation: 'Consecutive interpretation of each presentation; interpreters may prepare from the flip chart.',
    flags: {
      separation:
        'Preparation happens in same-side rooms, each with a facilitator, so a side can disagree within itself before speaking to the other.',
      'personal-sharing':
        'People may speak of their own families and neighbourhoods. What is presented is the side’s, not any one person’s.',
      'opt-out': 'Anyone may stay silent in preparation and in the presentation.',
    },
    steps: {
      prepare: [
        'Book two rooms out of each other’s hearing and assign a facilitator to each.',
        'Write the three prompts on each flip chart (daily life; what others get wrong; what we are proud of).',
        'Agree the rule for questions: only to understand, never to contest.',
      ],
      room: [
        'Explain the exercise in plenary, then send each side to its room for 30–40 minutes.',
        'In each room, help the side choose who presents; more than one voice is better.',
        'Back in plenary, the first side presents for ten minutes; the other listens without interrupting.',
        'The listening side asks questions of understanding; the facilitator stops any question that argues.',
        'Swap; then ask each side what it heard that it did not know.',
      ],
      aftercare: [
        'Keep the flip charts with the facilitation team; do not leave them in the rooms.',
        'Note misperceptions that surfaced: they may shape later topics.',
      ],
    },
  },
  {
    key: 'history-timelines',
    name: 'Each side’s history timeline',
    purpose:
      'Each side draws, separately, the timeline of the conflict as its community remembers it: the dates that matter, the wounds, the turning points. Laid side by side, the two timelines show the same years told differently; the aim is to understand, never to agree on one history.',
    stage: 'deepening',
    agendaKind: 'exercise',
    minutes: [120, 180],
    people: [6, 30],
    materials:
      'Long rolls of paper, one per side, marked with the same years; sticky notes; two rooms; a wall long enough to hang the timelines one above the other.',
    interpretation:
      'Interpret every event on both timelines, including names of places, which may differ by side; agree in advance not to “correct” a place name.',
    flags: {
      separation:
        'Each side builds its timeline in its own room first, with its own facilitator. Mixing too early turns it into a debate about facts.',
      retraumatising:
        'Dates on a timeline are deaths, expulsions, massacres. Expect grief and anger; slow down, and allow breaks between the sides’ presentations.',
      'needs-trust':
        'Only after the group has met before and heard each other’s personal stories; never in a first session.',
      'opt-out':
        'Anyone may step out during the presentations; nobody presents an event they lived through unless they wish to.',
    },
    steps: {
      prepare: [
        'Mark the same span of years on both rolls so the timelines line up.',
        'Book two rooms and a facilitator for each; brief them not to steer the content.',
        'Agree a rule: no event on the other side’s timeline is challenged during this exercise.',
        'Plan a break between the two presentations, and a quiet room.',
        'Arrange for a co-facilitator to be free to leave the room with anyone.',
      ],
      room: [
        'Explain why: to see how each side remembers, not to settle what happened.',
        'Each side builds its timeline for 45–60 minutes in its own room.',
        'Hang both timelines, one above the other.',
        'Each side walks the other through its timeline; listeners ask only “what did that mean for you?”',
        'Pause after each presentation; offer water and a break.',
        'Close with: where do the timelines touch the same event? What did you not know was remembered?',
      ],
      aftercare: [
        'Take the timelines down before anyone else can see them; photograph nothing.',
        'Check in with each side separately that evening.',
        'Put participants who spoke of personal losses on the after-care list.',
        'Note events both sides named as turning points: candidates for joint work.',
      ],
    },
  },
  {
    key: 'costs-of-the-conflict',
    name: 'The costs of the conflict',
    purpose:
      'Together the group lists what the conflict costs each community: lives, livelihoods, young people who left, trade and water lost, fear in daily life. Seeing the costs on both sides, and that some are the same, builds the shared interest in ending them.',
    stage: 'deepening',
    agendaKind: 'exercise',
    minutes: [60, 90],
    people: [4, 30],
    materials: 'Flip charts headed with categories (people, money, land and water, daily life, the future); markers.',
    interpretation: 'Consecutive interpretation; numbers and place names checked with both sides’ interpreters.',
    flags: {
      retraumatising:
        'Talking of costs means talking of the dead and the displaced. Keep to categories and numbers in plenary; personal losses belong to the personal narratives, by choice.',
      'needs-trust': 'After personal stories have been heard, so costs are not used as accusations.',
      'opt-out': 'Anyone may listen without contributing.',
    },
    steps: {
      prepare: [
        'Prepare the category sheets; decide whether to work by side first or mixed.',
        'Gather public figures (displacement, trade, budgets) from neutral sources, as a backup only.',
        'Agree a rule: costs are described, not blamed on the other side.',
      ],
      room: [
        'Introduce the categories; ask each side (or mixed groups) to fill them for its own community.',
        'Put both sides’ sheets next to each other by category.',
        'Ask: which costs do both communities carry? Which surprised you?',
        'Stop blame gently and bring the talk back to what is lost.',
        'Close with: who benefits from the conflict continuing? (Often a hard, useful question.)',
      ],
      aftercare: [
        'Type the shared costs without attribution; they may go into the sponsor report as a theme.',
        'Check in with anyone who spoke of personal loss.',
      ],
    },
  },
  {
    key: 'empathy-interviews',
    name: 'Empathy interviews in mixed pairs',
    purpose:
      'In mixed pairs, each person interviews the other for twenty minutes about an everyday experience (a school day, a checkpoint, a market), then retells it to the group in the first person, as if it were theirs. The retelling shows how well each listened, and how it feels to stand in the other’s shoes.',
    stage: 'deepening',
    agendaKind: 'exercise',
    minutes: [75, 105],
    people: [4, 24],
    materials: 'Interview prompt cards in every language; a quiet corner for each pair.',
    interpretation:
      'Pairs need a shared language or an interpreter each; the retelling is interpreted consecutively in plenary.',
    flags: {
      'personal-sharing':
        'The interview is personal, and the interviewee hears their story retold. The interviewee decides what may be retold and may say “keep that between us”.',
      'needs-trust': 'Run it after the first day together; pairs of strangers across a conflict need some ground.',
      'opt-out': OPT_OUT,
    },
    steps: {
      prepare: [
        'Form mixed pairs in advance; check languages and avoid pairs with a history.',
        'Write the prompt cards: an everyday scene, not the worst day.',
        'Decide the time per interview and per retelling.',
      ],
      room: [
        'Explain the three parts: interview, swap, retell in the first person.',
        'Remind everyone that the interviewee decides what may be retold.',
        'Run the two interviews (20 minutes each), announcing the swap.',
        'In plenary, each person retells their partner’s story as “I”, in two or three minutes.',
        'After each retelling, ask the partner: did you recognise yourself?',
        'Close with what it felt like to speak as someone from the other side.',
      ],
      aftercare: [
        'Check with each pair that nothing was retold that should not have been.',
        'Note pairs that connected: they may work well together in mixed groups later.',
      ],
    },
  },
  {
    key: 'fishbowl',
    name: 'Fishbowl',
    purpose:
      'A few people from one side sit in an inner circle and talk among themselves about a set question while everyone else listens from the outer circle; then the sides swap. Overhearing a side talk to itself, with its doubts and differences, is often more revealing than any presentation.',
    stage: 'deepening',
    agendaKind: 'exercise',
    minutes: [60, 90],
    people: [8, 40],
    materials: 'Chairs in two circles; the question written up in every language.',
    interpretation:
      'Simultaneous (whispered) interpretation for the outer circle, so the inner circle’s talk flows; consecutive breaks it up.',
    flags: {
      'personal-sharing':
        'Inner-circle members may disagree with their own side in front of the other. Make clear that nothing said inside is used outside.',
      'needs-trust':
        'People must trust that the other side will not quote their internal disagreements back home; not in a first session.',
      'opt-out': 'Nobody must sit in the inner circle; volunteers only, and they may leave it.',
    },
    steps: {
      prepare: [
        'Write a question the inner circle can discuss honestly (“What would make an agreement hard to sell at home?”).',
        'Ask for inner-circle volunteers from each side beforehand.',
        'Arrange whispered interpretation for the outer circle.',
      ],
      room: [
        'Restate the confidentiality rule, and that the outer circle only listens.',
        'First side’s inner circle talks for 15–20 minutes; the facilitator keeps time only.',
        'Swap sides.',
        'Open a plenary round: what did you hear that you did not expect? No rebuttals.',
      ],
      aftercare: [
        'Thank the inner-circle members privately; check none feel exposed.',
        'Record themes, never who said what, even at facilitator level.',
      ],
    },
  },
  {
    key: 'perspective-reversal',
    name: 'Role reversal: argue the other side’s case',
    purpose:
      'Small same-side groups prepare and present the other side’s position as convincingly as they can, as the other side would put it; the other side then says what was right and what was missing. It tests and deepens understanding, and people are often moved to hear their case made fairly by their opponents.',
    stage: 'problem-solving',
    agendaKind: 'exercise',
    minutes: [75, 120],
    people: [6, 30],
    materials: 'Summaries of each side’s stated positions from earlier sessions; flip charts; two rooms.',
    interpretation: 'Consecutive; interpreters should render the reversed case faithfully, not tone it down.',
    flags: {
      'needs-trust':
        'Arguing the enemy’s case can feel like betrayal, and hearing one’s case parodied is an insult. Only once relations are cordial, and with a firm rule against mockery.',
      separation: 'Preparation happens in same-side rooms.',
      'opt-out': 'Anyone may help prepare without presenting.',
    },
    steps: {
      prepare: [
        'Prepare a neutral summary of each side’s stated positions and needs from earlier sessions.',
        'Check with a trusted participant on each side that the exercise will not be taken as mockery.',
        'Book two rooms and a facilitator for each.',
      ],
      room: [
        'Explain the aim: to show understanding, not agreement.',
        'Same-side groups prepare the other side’s case for 30–40 minutes.',
        'Each group presents “as the other side” for ten minutes.',
        'The represented side answers: what you got right, what you missed, what it felt like to hear.',
        'Close with what each side learned about how it is seen.',
      ],
      aftercare: [
        'Watch for anyone who felt caricatured; speak with them before dinner.',
        'Note needs that were missed: they are often the ones an agreement must meet.',
      ],
    },
  },
  {
    key: 'root-cause-tree',
    name: 'Joint problem mapping: the root-cause tree',
    purpose:
      'Mixed groups draw the problem as a tree: the trunk is the core problem, the roots are its causes, the branches its effects. Mapping causes together, rather than blaming, shows which roots both sides could work on and which an agreement would have to reach.',
    stage: 'problem-solving',
    agendaKind: 'exercise',
    minutes: [90, 150],
    people: [4, 30],
    materials: 'Large paper with a tree outline per group; sticky notes in three colours (roots, trunk, branches).',
    interpretation:
      'Each mixed group needs a shared language or an interpreter; notes are written in both languages where possible.',
    flags: {
      'needs-trust':
        'Causes easily turn into accusations. Run it after the deepening work, with a rule that a cause is described, not assigned to a side.',
      'opt-out': 'Anyone may work on effects only, or observe.',
    },
    steps: {
      prepare: [
        'Agree the core problem to put on the trunk (for example: water for the upper valleys).',
        'Form mixed groups of four to six and check languages.',
        'Prepare the tree sheets and coloured notes.',
        'Bring the dialogue’s list of root causes to compare with at the end.',
      ],
      room: [
        'Explain the tree and the rule: causes are described, never blamed on a side.',
        'Groups write effects (branches) first: it is the easiest way in.',
        'Then causes (roots), asking “why?” of each cause until the group reaches deeper roots.',
        'Each group presents its tree; the facilitator marks roots that appear in every tree.',
        'Ask: which roots could this group work on? Which need officials?',
      ],
      aftercare: [
        'Combine the trees into one map without handwriting; share it at the next session.',
        'Compare the roots with the dialogue’s recorded root causes and update them.',
        'Note roots that need Track One: candidates for the transfer log.',
      ],
    },
  },
  {
    key: 'mixed-working-groups',
    name: 'Small mixed working groups',
    purpose:
      'Groups of four to six, mixed across sides, work on one concrete question (a shared water board, crossing points, a joint statement paragraph) and report back an idea the group as a whole can stand behind. Working on a task side by side is where trust turns into joint proposals.',
    stage: 'problem-solving',
    agendaKind: 'breakout',
    minutes: [60, 120],
    people: [4, 40],
    materials: 'A room or corner per group; a one-page brief per group; flip charts.',
    interpretation:
      'Form groups by shared language where possible; otherwise one interpreter per group. Reports are interpreted in plenary.',
    flags: {
      'needs-trust': 'Groups will only produce real proposals once the group has done some deepening work together.',
      'opt-out': 'Anyone may move to another group or take a break; the group’s report names no one.',
    },
    steps: {
      prepare: [
        'Write one concrete question per group, with the constraints each side has named.',
        'Form mixed groups; balance sides, languages and seniority.',
        'Brief a facilitator or note-taker per group, or ask each group to choose one.',
      ],
      room: [
        'Explain the task and the rule of joint thinking: no “it won’t work” in the first half.',
        'Groups work; facilitators circulate without steering.',
        'Halfway, invite groups to test their idea against each side’s constraints.',
        'Each group reports its idea in five minutes; the plenary asks questions before judging.',
        'Record every idea, including those the room did not take up.',
      ],
      aftercare: [
        'Write up the ideas as options under their topics for the Overton placements.',
        'Note joint proposals for the trust reading.',
      ],
    },
  },
  {
    key: 'future-scenarios',
    name: 'Future scenarios',
    purpose:
      'Mixed groups write short stories of how the region might look in ten or fifteen years: the future if nothing changes, a worse one, and one both sides could live with. Imagining together loosens fixed positions; the scenarios give the group a shared language for what is at stake.',
    stage: 'problem-solving',
    agendaKind: 'exercise',
    minutes: [120, 240],
    people: [6, 36],
    materials:
      'A list of key uncertainties gathered beforehand; large paper; a title card per scenario (many groups name theirs after a bird or a river).',
    interpretation:
      'Mixed groups with interpreters; the final stories are written in every working language, which takes time: plan it.',
    flags: {
      'needs-trust': 'The group must trust each other enough to imagine out loud; after the deepening work.',
      'opt-out': 'Anyone may contribute ideas without writing.',
    },
    steps: {
      prepare: [
        'Gather the key uncertainties from earlier sessions (security, economy, leadership, outside powers).',
        'Prepare a simple template: title, what happened, what life is like, first signs to watch for.',
        'Form mixed groups; one scenario per group.',
      ],
      room: [
        'Explain that scenarios are possible stories, not predictions or plans.',
        'Groups draft their scenario, starting from today and moving year by year.',
        'Each group tells its story; the plenary asks “what would have to happen for this?”',
        'Ask which early signs of each scenario can already be seen.',
        'Close with the scenario both sides would prefer, and one step toward it each could take.',
      ],
      aftercare: [
        'Write up the scenarios with their titles; share them at the next session.',
        'Add the steps named to the dialogue’s options or commitments.',
      ],
    },
  },
  {
    key: 'appreciative-inquiry',
    name: 'Appreciative inquiry: what has worked',
    purpose:
      'Instead of asking what is wrong, the group looks for moments when cooperation across the divide did work (a shared clinic, a market, a water agreement between villages) and what made them possible. It builds hope on evidence and points to designs that already have a history.',
    stage: 'problem-solving',
    agendaKind: 'exercise',
    minutes: [90, 150],
    people: [4, 30],
    materials: 'Interview guides in every language; flip charts headed Discover, Dream, Design.',
    interpretation: 'Mixed pairs need a shared language or an interpreter; plenary consecutive.',
    flags: {
      'personal-sharing': 'Stories of cooperation may name people who cooperated; stories are told without names.',
      'opt-out': 'Anyone may listen rather than tell a story.',
    },
    steps: {
      prepare: [
        'Write the interview guide: a time cooperation worked, who made it work, what conditions helped.',
        'Warn that stories must not name people: some who cooperated may be at risk at home.',
        'Prepare the three flip charts.',
      ],
      room: [
        'Mixed pairs interview each other (15 minutes each) about cooperation that worked.',
        'Discover: pairs share the conditions that made it work; the facilitator lists them.',
        'Dream: the group imagines those conditions at the scale of the whole conflict.',
        'Design: mixed groups sketch one arrangement built on those conditions.',
      ],
      aftercare: [
        'Record the conditions and designs without any names or places that would identify people.',
        'Carry promising designs into the options on the relevant topic.',
      ],
    },
  },
  {
    key: 'joint-site-visit',
    name: 'Joint site visit',
    purpose:
      'The group visits a place that matters to the conflict (a disputed spring, a divided market, a school on the line) together, with a local guide from each side. Standing in the same place, hearing it described by both, makes the problem concrete and shared.',
    stage: 'problem-solving',
    agendaKind: 'informal',
    minutes: [180, 480],
    people: [4, 20],
    materials: 'Transport; a security plan; local guides from each side; water and first aid.',
    interpretation: 'Interpreters travel with the group; guides speak in turn and are interpreted.',
    flags: {
      'needs-trust':
        'Being seen together in public can expose participants at home. Only when every participant has agreed, knowing who might see them.',
      separation: 'Some participants may need to travel separately or join at the site; plan for it without comment.',
      'opt-out': 'Anyone may stay at the venue; no reason asked, no one told who stayed.',
    },
    steps: {
      prepare: [
        'Assess the security and exposure risk of the site with people who know it; plan a way out.',
        'Ask each participant privately whether they can be seen there; respect every no.',
        'Brief the guides from each side; agree that each speaks without contradicting the other.',
        'Arrange transport, water, first aid, and no press, no photographs of faces.',
        'Check the site visit is covered by the participants’ consent (travel, photos).',
      ],
      room: [
        'Brief the group on safety, timing, and how to leave early.',
        'At the site, each guide describes the place as their side knows it.',
        'Give the group time to walk and talk informally.',
        'Debrief on the way back or on arrival: what did you see that you had not seen before?',
      ],
      aftercare: [
        'Check that everyone returned and nobody was approached or photographed.',
        'Follow up with any participant who may face questions at home.',
        'Record what changed in how the group talks about the place.',
      ],
    },
  },
  {
    key: 'silent-reflection',
    name: 'Silent reflection and journaling',
    purpose:
      'A quiet, structured pause: each person writes privately about what they heard and felt, with prompts. Hard listening needs time to settle; journals are private and never collected, which lets people notice a change in themselves before they have to say it aloud.',
    stage: 'deepening',
    agendaKind: 'exercise',
    minutes: [15, 40],
    people: [2, 60],
    materials: 'A notebook and pen per participant (plain, no logo); prompts on a card in every language.',
    interpretation: 'Only the prompts need translating, in advance.',
    flags: {
      'personal-sharing':
        'Writing is private: journals are never collected, read or photographed. Say so, and keep to it.',
      'opt-out': 'Anyone may simply sit, walk outside, or not write at all.',
    },
    steps: {
      prepare: [
        'Write three prompts (“What did I hear today that I did not expect?”, “What was hard to hear?”, “What do I want to say tomorrow?”).',
        'Provide plain notebooks; remind participants that journals may be searched at a border, so write nothing they could not carry.',
      ],
      room: [
        'Explain that journals are private and will never be collected.',
        'Give the prompts and keep the room quiet; let people sit anywhere, inside or out.',
        'Ring a soft signal for the end; invite, but do not ask for, one word each.',
      ],
      aftercare: ['Remind participants, before they travel, about carrying their journals across borders.'],
    },
  },
  {
    key: 'take-home',
    name: 'Closing: what I take home',
    purpose:
      'A closing round: each person says what they take home from the session, and what they will say, and not say, when they are back. It gathers the learning, and prepares people for the return, where a participant can be called a traitor for having talked at all.',
    stage: 'closing',
    agendaKind: 'plenary',
    minutes: [30, 60],
    people: [3, 40],
    materials: 'Chairs in one circle; a talking piece.',
    interpretation: 'Consecutive interpretation; give the interpreters the last word of thanks too.',
    flags: {
      'personal-sharing':
        'People may speak of how they changed, which can be exposing. What is said in the closing round stays in the room.',
      'opt-out': 'Passing is fine; so is a single word.',
    },
    steps: {
      prepare: [
        'Write the two questions: “What do I take home?” and “What will I say when I am back?”',
        'Prepare a reminder of the confidentiality rule and what may be said publicly.',
        'Set the after-care check-in dates for each participant before the round.',
      ],
      room: [
        'Remind everyone of the rule and what each may say publicly about the meeting.',
        'Go round the circle, mixing sides; everyone may pass.',
        'Thank the group, the interpreters and the venue staff.',
        'Say when and how each person will hear from the facilitation team.',
      ],
      aftercare: [
        'Schedule after-care check-ins, especially for anyone facing pressure at home.',
        'Record the themes of the round, not who said what.',
        'Write to participants within a week: thanks, next date, and who to call if there is trouble.',
      ],
    },
  },
  {
    key: 'speaking-at-home',
    name: 'Re-entry: speaking about this at home',
    purpose:
      'Each side, in its own room, plans how its members will speak about the dialogue at home: to family, colleagues, the press, officials. Participants who return unprepared can be isolated or discredited; alumni who feel alone can fall hard into cynicism when politics sours.',
    stage: 'closing',
    agendaKind: 'breakout',
    minutes: [45, 75],
    people: [2, 20],
    materials: 'A same-side room per party; the agreed public line, if there is one.',
    interpretation: 'Usually none: each side works in its own language.',
    flags: {
      separation:
        'Held with each side alone, so people can speak of risks at home they would not name across the table.',
      'personal-sharing': 'People may talk about their own exposure and fears; that stays with the facilitators.',
      'opt-out': 'Nobody must describe their own situation.',
    },
    steps: {
      prepare: [
        'Agree with all sides, in plenary, what may be said publicly about the meeting.',
        'Book a same-side room and a facilitator for each side.',
      ],
      room: [
        'Go through who each person will talk to at home and what they may be asked.',
        'Rehearse answers to the hardest questions (“Did you meet them?”, “Did you give anything away?”).',
        'Agree how the side will speak with one voice about the process, if it wishes to.',
        'Name who to call if someone is threatened or pressured.',
      ],
      aftercare: [
        'Record risks raised (facilitator level) and add check-ins for those most exposed.',
        'Check in within two weeks with anyone who expected trouble.',
      ],
    },
  },
];

function toView(draft: Draft): ExerciseView {
  return {
    id: `${BUILT_IN_EXERCISE_PREFIX}${draft.key}`,
    builtIn: true,
    name: draft.name,
    purpose: draft.purpose,
    stage: draft.stage,
    agendaKind: draft.agendaKind,
    minMinutes: draft.minutes[0],
    maxMinutes: draft.minutes[1],
    minPeople: draft.people[0],
    maxPeople: draft.people[1],
    materials: draft.materials,
    interpretation: draft.interpretation,
    // In the order of EXERCISE_FLAGS, wherever the draft listed them.
    flags: EXERCISE_FLAGS.flatMap((flag) => {
      const caution = draft.flags[flag];
      return caution === undefined ? [] : [{ flag, caution }];
    }),
    steps: draft.steps,
    archived: false,
    duplicatedFrom: null,
    createdAt: null,
    updatedAt: null,
  };
}

/** The built-in exercises, in the order a process meets them (opening first). */
export const BUILT_IN_EXERCISES: readonly ExerciseView[] = drafts.map(toView);

const byId = new Map(BUILT_IN_EXERCISES.map((exercise) => [exercise.id, exercise]));

export function builtInExercise(id: string): ExerciseView | undefined {
  return byId.get(id);
}

export const BUILT_IN_EXERCISE_IDS = BUILT_IN_EXERCISES.map((exercise) => exercise.id) as readonly string[];
