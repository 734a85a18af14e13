// Unit tests run in jsdom with an in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { options } from 'preact';

// Preact runs effects after the next frame, with a 35 ms timer as a fallback that calls
// cancelAnimationFrame. On a busy machine that timer can fire after the test file's jsdom is
// gone ("cancelAnimationFrame is not defined"). Here effects run on the next task instead.
options.requestAnimationFrame = (flush) => void setTimeout(flush);

// waitFor and findBy* give up after 1 s by default: on a busy machine (CI's two cores, another
// test run beside this one) a screen reading fake IndexedDB and loading a language's strings
// took longer. They are hang detectors here, not speed limits.
configure({ asyncUtilTimeout: 10_000 });
