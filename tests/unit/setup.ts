// Unit tests run in jsdom with an in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { options } from 'preact';

// Preact runs effects after the next frame, with a 35 ms timer as a fallback that calls
// cancelAnimationFrame. On a busy machine that timer can fire after the test file's jsdom is
// gone ("cancelAnimationFrame is not defined"). Here effects run on the next task instead.
options.requestAnimationFrame = (flush) => void setTimeout(flush);
