// Integration tests run the device's code in Node with an in-memory IndexedDB.
import 'fake-indexeddb/auto';
