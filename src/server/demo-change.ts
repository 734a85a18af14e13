// A real, repeatable change to the demo directory, so the delta path can be shown and tested:
// the food bank's Friday hours move between closing at 19:00 and at 20:00, with a note.
// The note is written in English and Spanish only, as a city would write news: the other
// languages' descriptions no longer say the same thing, so they are left out until translated,
// and devices show the Spanish text and say so. Toggling back restores the original texts.
import type { Directory, Service } from '../shared/directory';

export const DEMO_CHANGE_SERVICE = 'food-bank-distribution';
const NOTE: Record<string, string> = {
  en: ' From this week, open until 20:00 on Fridays.',
  es: ' Desde esta semana, abre los viernes hasta las 20:00.',
};

function textsWithNote(texts: Service['texts']): Service['texts'] {
  return Object.fromEntries(
    Object.entries(texts).map(([lang, { description, ...rest }]) => {
      const note = NOTE[lang];
      return [lang, note && description ? { ...rest, description: description + note } : rest];
    }),
  );
}

/** `demo` is the demo city as shipped, whose texts the change puts back when it toggles back. */
export function applyDemoChange(dir: Directory, demo: Directory, today = new Date()): Directory {
  const originalTexts = () => demo.services.find((s) => s.id === DEMO_CHANGE_SERVICE)!.texts;
  return {
    ...dir,
    services: dir.services.map((s) => {
      if (s.id !== DEMO_CHANGE_SERVICE) return s;
      const late = s.schedule.hours.some((h) => h.byday === 'FR' && h.closes_at === '20:00');
      return {
        ...s,
        schedule: {
          ...s.schedule,
          hours: s.schedule.hours.map((h) => (h.byday === 'FR' ? { ...h, closes_at: late ? '19:00' : '20:00' } : h)),
        },
        assured_date: today.toISOString().slice(0, 10),
        texts: late ? originalTexts() : textsWithNote(originalTexts()),
      };
    }),
  };
}
