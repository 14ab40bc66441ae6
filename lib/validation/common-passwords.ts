// The most common passwords of public breach corpora (lower-cased, ≥ 8 characters, since shorter
// ones are refused by length anyway). NIST SP 800-63B: refuse known-compromised passwords rather
// than imposing composition rules.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "12345678", "123456789", "1234567890", "12345678910", "11111111", "00000000", "87654321",
  "88888888", "99999999", "11223344", "12341234", "12121212", "1q2w3e4r", "1q2w3e4r5t",
  "1qaz2wsx", "zaq12wsx", "qwertyui", "qwertyuiop", "asdfghjk", "asdfghjkl", "zxcvbnm1",
  "password", "password1", "password12", "password123", "passw0rd", "p@ssw0rd", "p@ssword",
  "pa55word", "iloveyou", "iloveyou1", "princess", "sunshine", "football", "baseball",
  "basketball", "superman", "batman123", "trustno1", "whatever", "starwars", "computer",
  "michelle", "jennifer", "12qwaszx", "qwerty123", "qwerty12", "abc12345", "abcd1234",
  "abcdefgh", "letmein1", "welcome1", "welcome123", "admin123", "administrator", "changeme",
  "default1", "internet", "mustang1", "shadow12", "master12", "monkey12", "dragon12",
  "liverpool", "chelsea1", "arsenal1", "manchester", "jordan23", "michael1", "charlie1",
  "hello123", "freedom1", "qazwsxedc", "123qweasd", "1234qwer", "q1w2e3r4", "q1w2e3r4t5",
  "a1b2c3d4", "aa123456", "asdf1234", "zxcvbnm123", "access14", "blink182", "pokemon1",
  "sparky12", "snoopy12", "cookie12", "secret12", "mypassword", "runner123", "running1",
  "marathon", "marathon1", "recovery", "11112222", "12344321", "123123123", "123321123",
  "147258369", "159753456", "987654321", "0987654321", "1111111111", "qwertyqwerty",
  "password!", "password1!", "welcome!", "letmein!", "iloveyou!", "superstar", "babygirl1",
  "lovely123", "princess1", "sunshine1", "football1", "baseball1", "trustno11", "loveyou1",
]);
