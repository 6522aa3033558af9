import { generateDemoRecords } from '../../../shared/demo';

// Generates the demo's synthetic record files off the main thread; the page
// then imports them through the usual import worker, like any council's files.
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const year = typeof event.data === 'number' ? event.data : undefined;
  const records = generateDemoRecords(year === undefined ? {} : { year });
  self.postMessage({
    // Each body's CIN census is imported with its other records.
    council: [...records.council, records.cin.council],
    trust: [...records.providers.trust, records.cin.trust],
    swp: [...records.providers.swp, records.cin.swp],
    inspection: records.inspection,
  });
});
