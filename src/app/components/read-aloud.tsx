// Reads a page's main content aloud with the device's own voices, in the content's language
// (which may be a fallback language). Hidden when the device has no voice for that language.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';

type State = 'idle' | 'speaking' | 'paused';

function useVoice(lang: string): SpeechSynthesisVoice | undefined {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  const find = () => synth?.getVoices().find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang.split('-')[0]);
  const [voice, setVoice] = useState(find);
  useEffect(() => {
    if (!synth) return;
    // Voices often arrive after the page: listen for them.
    const update = () => setVoice(find());
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [lang]);
  return voice;
}

export function ReadAloud({ lang, text }: { lang: string; text: string }) {
  const { t } = useT();
  const voice = useVoice(lang);
  const [state, setState] = useState<State>('idle');
  // Leaving the page stops the voice.
  useEffect(() => () => globalThis.speechSynthesis?.cancel(), []);
  if (!voice) return null;

  const start = () => {
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = () => setState('idle');
    utterance.onerror = () => setState('idle');
    speechSynthesis.speak(utterance);
    setState('speaking');
  };
  return (
    <p class="actions read-aloud">
      {state === 'idle' && (
        <button type="button" class="button secondary" onClick={start}>
          {t('readAloud.start')}
        </button>
      )}
      {state === 'speaking' && (
        <button type="button" class="button secondary" onClick={() => (speechSynthesis.pause(), setState('paused'))}>
          {t('readAloud.pause')}
        </button>
      )}
      {state === 'paused' && (
        <button type="button" class="button secondary" onClick={() => (speechSynthesis.resume(), setState('speaking'))}>
          {t('readAloud.resume')}
        </button>
      )}
      {state !== 'idle' && (
        <button type="button" class="button secondary" onClick={() => (speechSynthesis.cancel(), setState('idle'))}>
          {t('readAloud.stop')}
        </button>
      )}
    </p>
  );
}
