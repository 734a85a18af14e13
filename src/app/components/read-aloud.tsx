// FIRST-LOAD BUNDLE: keep small. "Read aloud" on every screen (the Page frame renders it under
// the heading): reads the page's main content with the device's own voices, in the page's
// language, each part in another language with that language's voice where there is one (see
// read-aloud-speech.ts, loaded on the first press). Where the device has no voice for the page's
// language, or no speech at all, pressing says so: the button is never hidden, so a trainer can
// show where it is and a person learns why it is silent.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { languageName } from '../../i18n/format';
import { i18next, loadPageStrings } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';

type State = 'idle' | 'speaking' | 'paused' | 'no-voice';

const synth = () => globalThis.speechSynthesis as SpeechSynthesis | undefined;

export function ReadAloud() {
  const { t, lang } = useT();
  const [state, setState] = useState<State>('idle');
  const { path } = useLocation();
  // Another page (or leaving this one) stops the voice: it would read what is no longer there.
  useEffect(() => {
    setState('idle');
    return () => synth()?.cancel();
  }, [path, lang]);

  const start = async () => {
    // The words for a tick box's state ("Not ticked:") are among the later screens' strings.
    const [speech] = await Promise.all([import('./read-aloud-speech'), loadPageStrings().catch(() => {})]);
    const voice = synth() && speech.voiceFor(synth()!.getVoices(), lang);
    if (!voice) return setState('no-voice');
    const main = document.getElementById('main');
    if (!main) return;
    setState('speaking');
    const words = i18next.exists('readAloud.ticked')
      ? { ticked: t('readAloud.ticked'), notTicked: t('readAloud.notTicked'), chosen: t('readAloud.chosen'), notChosen: t('readAloud.notChosen') }
      : undefined;
    speech.speakParts(speech.readingOf(main, lang, words), voice, () => setState('idle'));
  };
  const button = (label: string, onClick: () => void) => (
    <button type="button" class="button small secondary" onClick={onClick}>
      {label}
    </button>
  );
  return (
    <div class="read-aloud">
      {(state === 'idle' || state === 'no-voice') && (
        <button type="button" class="button small secondary" onClick={() => void start()}>
          <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4ZM15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
          {t('readAloud.start')}
        </button>
      )}
      {state === 'speaking' && button(t('readAloud.pause'), () => (synth()?.pause(), setState('paused')))}
      {state === 'paused' && button(t('readAloud.resume'), () => (synth()?.resume(), setState('speaking')))}
      {(state === 'speaking' || state === 'paused') && button(t('readAloud.stop'), () => (synth()?.cancel(), setState('idle')))}
      {/* Always in the page, so the message is announced when it appears (a live region, not
          role=status: the page's own status messages stay the only ones). */}
      <p aria-live="polite" class="read-aloud-message">
        {state === 'no-voice' && (synth() ? t('readAloud.noVoice', { language: languageName(lang, lang) }) : t('readAloud.noSpeech'))}
      </p>
    </div>
  );
}
