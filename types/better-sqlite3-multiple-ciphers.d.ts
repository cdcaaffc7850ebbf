// The package ships its typings outside its "exports" map, so TypeScript cannot find them; its API
// is better-sqlite3's, whose maintained typings we use.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export = Database;
}
