// pdf.js declares types for its main entry and legacy build only. The modern build has the same API;
// the worker modules are imported only to set `globalThis.pdfjsWorker` (pdf.js then runs in the
// calling thread), so they need no types.
declare module 'pdfjs-dist/build/pdf.mjs' {
  export * from 'pdfjs-dist'
}
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs'
declare module 'pdfjs-dist/build/pdf.worker.mjs'
