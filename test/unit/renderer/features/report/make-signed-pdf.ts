import { writeFile } from 'node:fs/promises';
import { demoCertificate } from '../../../../../electron/main/signing/demo-certificate';
import { signPdf } from '../../../../../shared/signing/sign-pdf';
import { placeholderPdf, SIGNED_AT } from '../../../electron/signing/placeholder-pdf';

// Run with tsx in a Node process: pdfkit's font loading does not work under
// jsdom, where the panel's test runs. Writes a report signed with a
// self-signed demo certificate to the path given.
const out = process.argv[2];
if (out === undefined) throw new Error('usage: make-signed-pdf <out.pdf>');
const passphrase = 'test passphrase, not a real one';
const p12 = demoCertificate({
  name: 'Amara Okafor',
  passphrase,
  notBefore: new Date('2026-01-01'),
  notAfter: new Date('2027-01-01'),
});
const signed = await signPdf({
  pdf: await placeholderPdf('Amara Okafor'),
  p12,
  passphrase,
  signingTime: SIGNED_AT,
});
await writeFile(out, signed);
