// Builds a kiosk script (kiosk/core/script.h) that walks a family's case with
// the keypad alone, as a person with headphones would: the screens come from
// `signpost walk` (the same core, so the same questions and options in the same
// order), and each answer becomes the key presses that reach it.
//
// On a question screen the focus starts at the first answer (option or text
// box); Continue follows the last option; on other screens the focus starts at
// the way forward. A place question has its postcode box, then a heading, then
// its areas. Typing stands for a keyboard; the keypad alone types through the
// on-screen keys (a test in kiosk.test.mjs).
import { execFileSync } from 'node:child_process';

const down = (n) => Array.from({ length: n }, () => 'key down');

function answerKeys(question, answer) {
  const values = (question.options || []).map((o) => o.value);
  const n = values.length;
  // Enter opens a text box (the focus goes to the on-screen keys), typing fills it, Back returns to it.
  if (question.question_kind === 'date') {
    const [year, month, day] = answer.split('-');
    return ['key enter', `type ${Number(day)}`, 'key back', 'key down', 'key enter', `type ${Number(month)}`, 'key back',
      'key down', 'key enter', `type ${year}`, 'key back', 'key down', 'key enter'];
  }
  if (question.question_kind === 'place') {
    return ['key enter', `type ${answer}`, 'key back', ...down(n + 2), 'key enter'];
  }
  const picks = (Array.isArray(answer) ? answer : [answer]).map((v) => values.indexOf(v)).sort((a, b) => a - b);
  if (picks.some((i) => i < 0)) throw new Error(`${question.id}: ${JSON.stringify(answer)} is not one of ${values}`);
  const keys = [];
  let at = 0;
  for (const i of picks) {
    keys.push(...down(i - at), 'key enter');
    at = i;
  }
  return [...keys, ...down(n - at), 'key enter'];
}

// The script's lines, from the start screen to the result.
export function walkScript({ signpost, offer, answersFile, answers, today, locale, screenshotPrefix }) {
  const out = execFileSync(signpost, ['walk', '--offer', offer, '--answers', answersFile, '--today', today], { encoding: 'utf8' });
  const screens = out.trim().split('\n').map((line) => JSON.parse(line));
  const lines = [`locale ${locale}`, `screenshot ${screenshotPrefix}-start`, 'key enter'];
  for (const screen of screens) {
    if (screen.screen !== 'question') continue;
    const question = screen.elements.find((e) => e.type === 'question');
    lines.push(...answerKeys(question, answers[question.id]));
  }
  lines.push(`screenshot ${screenshotPrefix}-check`, 'key enter', `screenshot ${screenshotPrefix}-result`);
  return lines;
}
