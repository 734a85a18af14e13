// What "Read aloud" says: the page's main content as it is on the screen, in reading order, cut
// into short parts a voice can speak one after another (Chrome stops a long utterance after
// about 15 seconds), each in its own language. Loaded when the button is first pressed (it is in
// the `screens` file, see vite.config.ts): a first visit to home downloads only the button.
//
// Left out: buttons and form fields (their labels are read), what is hidden or closed, pictures
// and QR codes, and the read-aloud controls themselves. A tick box's or a choice's label is read
// with its state first ("Not ticked: Free of charge."), so a filter is never heard as a fact
// about the services, and a drop-down's label with what is chosen in it ("Language they speak:
// Any language."); what a person typed into a field is never read out. Headings, paragraphs, list items and
// table rows become sentences of their own. Phone numbers are spoken digit by digit in their
// groups ("6 1 1, 2 3 4") and request references letter by letter: a voice would say "six
// hundred eleven million" or read "7MV" as a word.

/** The words for a tick box's or a choice's state, in the interface language. */
export interface ControlWords {
  ticked: string;
  notTicked: string;
  chosen: string;
  notChosen: string;
}

export interface SpokenPart {
  text: string;
  /** The language of the text, from the nearest `lang` on the page. */
  lang: string;
}

const SKIPPED = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'INPUT', 'TEXTAREA', 'IMG', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LABEL', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TR', 'UL',
]);
/** Bidi isolates and marks: they keep a number whole on the screen, and mean nothing to a voice. */
const BIDI_MARKS = /[\u2066-\u2069\u200e\u200f\u061c]/g;
/** A number written in groups (+34 611 234 567, 900 100 200, 611-22-33-44): a phone number. */
const GROUPED_NUMBER = /\+?\d{1,4}(?:[ \u00a0.-]\d{2,4}){2,}/g;
/** A request's reference (7MV-N62, CVX-QSM): letters and digits, spoken one by one. */
const REFERENCE = /\b[A-Z0-9]{3}-[A-Z0-9]{3}\b/g;
const SENTENCE_END = /[.!?:;…؟。]$/;

const spell = (chars: string) => [...chars].join(' ');
const spellReference = (reference: string) => reference.replace(BIDI_MARKS, '').trim().split('-').map(spell).join(', ');
/** "+34 611 234 567" → "+3 4, 6 1 1, 2 3 4, 5 6 7": each digit, a pause between groups. */
export const spellNumber = (number: string) =>
  number
    .split(/[ \u00a0.-]+/)
    .filter(Boolean)
    .map((group) => (group.startsWith('+') ? `+${spell(group.slice(1))}` : spell(group)))
    .join(', ');

/** Text as a voice should get it: numbers and references spelled, marks gone, spaces collapsed. */
export function speakable(text: string, { dialled = false } = {}): string {
  // "Open now · closes at 2:00 PM": the dot is a pause, not a word.
  let out = text.replace(BIDI_MARKS, '').replace(/\s+/g, ' ').replace(/ · /g, ', ');
  if (dialled) return out.replace(/\+?\d[\d \u00a0.-]*\d|\d/g, spellNumber);
  out = out.replace(GROUPED_NUMBER, spellNumber);
  return out.replace(REFERENCE, spellReference);
}

/** How an element breaks the reading: a sentence of its own (a block, whatever its tag: a flex
 *  item, a link styled as a button), a word apart (inline-block), or none. jsdom has no
 *  stylesheet: there the tag decides. */
function layout(element: Element): 'block' | 'apart' | 'inline' {
  if (BLOCKS.has(element.tagName)) return 'block';
  const display = globalThis.getComputedStyle?.(element).display ?? '';
  if (!display || display === 'inline' || display === 'contents' || display.startsWith('table')) return 'inline';
  return display.startsWith('inline') ? 'apart' : 'block';
}

function hidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('inert')) return true;
  if (element.matches('.read-aloud, [role="img"], [data-read-aloud="skip"]')) return true;
  // In a browser: display: none, visibility: hidden (jsdom has no layout: the checks above do).
  // (checkVisibilityCSS is the older name of visibilityProperty: Chrome 105 to 120.)
  const visible = (element as HTMLElement).checkVisibility?.({ visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions);
  return visible === false;
}

/** The form control a label names (its `for`, or the control inside it). */
function controlOf(label: Element): Element | null {
  return (label as HTMLLabelElement).control ?? label.querySelector('input, select, textarea');
}

/** The parts to speak, in the order of the page, for the content inside `root`. Without `words`,
 *  the labels of tick boxes and choices are left out (never read as if they were facts). */
export function readingOf(root: Element, pageLang: string, words?: ControlWords): SpokenPart[] {
  const parts: SpokenPart[] = [];
  /** The sentence being read: one piece per language (a Spanish name in an English sentence). */
  let sentence: SpokenPart[] = [];

  const endSentence = () => {
    const pieces = sentence.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') })).filter((p) => p.text.trim());
    sentence = [];
    if (pieces.length === 0) return;
    pieces[0].text = pieces[0].text.trimStart();
    const last = pieces[pieces.length - 1];
    last.text = last.text.trimEnd();
    if (!SENTENCE_END.test(last.text)) last.text += '.';
    parts.push(...pieces);
  };
  /** Inside a label: its parts (a flex item's span) are one sentence with its state or choice. */
  let inLabel = 0;
  const say = (text: string, lang: string) => {
    const previous = sentence[sentence.length - 1];
    if (previous?.lang === lang) previous.text += text;
    else sentence.push({ text, lang });
  };

  const walk = (node: Node, lang: string, dialled: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      say(speakable(node.textContent ?? '', { dialled }), lang);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (SKIPPED.has(element.tagName.toUpperCase()) || hidden(element)) return;
    const ownLang = element.getAttribute('lang') || lang;
    const isDialled = dialled || /^(tel|sms):/.test(element.getAttribute('href') ?? '');
    if (element.tagName === 'BR') return endSentence();
    // A closed disclosure shows only its summary.
    if (element.tagName === 'DETAILS' && !(element as HTMLDetailsElement).open) {
      const summary = element.querySelector(':scope > summary');
      if (summary) walk(summary, ownLang, isDialled);
      return;
    }
    const control = element.tagName === 'LABEL' ? controlOf(element) : null;
    const choice = control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio') ? control : null;
    if (choice && !words) return;
    // A phone number in a sentence (phone-number.tsx) is a block of its own on the screen, a
    // few words in the sentence for the voice.
    const number = element.matches('.phone-number');
    const own = number ? 'apart' : layout(element);
    const breaks = inLabel && own === 'block' ? 'apart' : own;
    if (breaks === 'block') endSentence();
    if (choice && words) {
      const state = choice.type === 'checkbox' ? (choice.checked ? words.ticked : words.notTicked) : choice.checked ? words.chosen : words.notChosen;
      say(`${state} `, pageLang);
    }
    if (breaks === 'apart') say(' ', ownLang);
    // A table row reads as "Monday, 9:00 to 14:00".
    if ((element.tagName === 'TD' || element.tagName === 'TH') && element.previousElementSibling) say(', ', ownLang);
    // A reference shown on its own ("Your reference: CVX-5QS") is spelled, whatever it looks like.
    if (element.matches('.reference, .hand-off-reference')) say(spellReference(element.textContent ?? ''), ownLang);
    else if (number) say(speakable(element.textContent ?? '', { dialled: true }), ownLang);
    else {
      if (control) inLabel++;
      for (const child of element.childNodes) walk(child, ownLang, isDialled);
      if (control) inLabel--;
    }
    if (control instanceof HTMLSelectElement) {
      const chosen = control.selectedOptions[0]?.textContent?.trim();
      const last = sentence[sentence.length - 1];
      if (chosen && last) {
        last.text = last.text.replace(/[\s.:]+$/, '');
        say(`: ${chosen}`, ownLang);
      }
    }
    if (breaks === 'block') endSentence();
    if (breaks === 'apart') say(' ', ownLang);
  };

  walk(root, root.getAttribute('lang') || pageLang, false);
  endSentence();
  // A part with nothing to say (the ")." after a name in another language) is left out.
  return parts.map((p) => ({ text: p.text.trim(), lang: p.lang })).filter((p) => /[\p{L}\p{N}]/u.test(p.text));
}

const baseLanguage = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** The device's voice for a language: its default one if it has several, a local one next. */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const matching = voices.filter((v) => baseLanguage(v.lang) === baseLanguage(lang));
  return matching.find((v) => v.default) ?? matching.find((v) => v.localService) ?? matching[0];
}

/** Queues every part; `onDone` runs when the last one ends (or the voice fails). */
export function speakParts(parts: SpokenPart[], pageVoice: SpeechSynthesisVoice, onDone: () => void): void {
  const voices = speechSynthesis.getVoices();
  speechSynthesis.cancel();
  if (parts.length === 0) return onDone();
  parts.forEach((part, index) => {
    const utterance = new SpeechSynthesisUtterance(part.text);
    // A part in another language gets that language's voice where the device has one.
    const voice = baseLanguage(part.lang) === baseLanguage(pageVoice.lang) ? pageVoice : voiceFor(voices, part.lang);
    utterance.lang = voice?.lang ?? part.lang;
    if (voice) utterance.voice = voice;
    if (index === parts.length - 1) utterance.onend = onDone;
    utterance.onerror = (event) => {
      // "interrupted"/"canceled": Stop, or a new reading; the component has already moved on.
      if (event.error !== 'interrupted' && event.error !== 'canceled') onDone();
    };
    speechSynthesis.speak(utterance);
  });
}
