import {Decoder, Stream} from "@garmin/fitsdk";
import {readFileSync} from "fs"; import {gunzipSync} from "zlib";
const f=process.argv[2]; let b=readFileSync(f); if(f.endsWith(".gz")) b=gunzipSync(b);
const d=new Decoder(Stream.fromByteArray(b)); const {messages,errors}=d.read();
console.log(errors.map(String));
for (const k of Object.keys(messages)) { const v=messages[k]; console.log(k, v.length); if(!/record/.test(k)) for (const m of v.slice(0,6)) console.log('  ', JSON.stringify(m)); }
const r=messages.recordMesgs||[]; console.log('first rec', JSON.stringify(r[0]), 'last', JSON.stringify(r[r.length-1]));
