import { openDatabase } from './src/server/database';
import { openRequestForStaff } from './src/server/contact-requests';
import { keyFileStore } from './src/server/private-key-store';
import { privateKeys } from './src/server/request-keys';
const sql = await openDatabase({ dataDir: '/tmp/h2/olddata/pglite' });
console.log(await sql.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'request_key'"));
console.log(await openRequestForStaff(sql, privateKeys(keyFileStore('/tmp/h2/olddata/request-keys.json')), process.argv[2]));
await sql.close();
