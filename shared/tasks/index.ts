export {
  filesToReadWith,
  importOwner,
  readImportCall,
  recordImportCall,
  type HashedParsedFile,
} from './import-records';
