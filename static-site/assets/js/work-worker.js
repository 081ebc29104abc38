// Solves a proof-of-work captcha (SPEC X5) off the page's thread: finds the number n < maxNumber whose
// SHA-256 of salt + n (decimal) is the challenge. SHA-256 is written out here for one 64-byte block,
// about ten times faster than calling crypto.subtle once per number.
const K = Uint32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2);
const H = Uint32Array.of(0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
  0x5be0cd19);
const W = new Uint32Array(64);
const block = new Uint8Array(64);
const out = new Uint32Array(8);

/** SHA-256 of a message of at most 55 bytes (one block), into {@code out}. */
function sha256(message, length) {
  block.fill(0);
  block.set(message.subarray(0, length));
  block[length] = 0x80;
  const bits = length * 8;
  block[62] = bits >>> 8;
  block[63] = bits & 0xff;
  for (let i = 0; i < 16; i++) {
    W[i] = (block[4 * i] << 24) | (block[4 * i + 1] << 16) | (block[4 * i + 2] << 8) | block[4 * i + 3];
  }
  for (let i = 16; i < 64; i++) {
    const x = W[i - 15];
    const y = W[i - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
  }
  let [a, b, c, d, e, f, g, h] = H;
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  [a, b, c, d, e, f, g, h].forEach((v, i) => { out[i] = (v + H[i]) >>> 0; });
}

self.onmessage = ({ data }) => {
  const { salt, challenge, maxNumber } = data;
  const target = Uint32Array.from({ length: 8 }, (_, i) => parseInt(challenge.slice(8 * i, 8 * i + 8), 16));
  const message = new Uint8Array(64);
  for (let i = 0; i < salt.length; i++) {
    message[i] = salt.charCodeAt(i);
  }
  if (salt.length + String(maxNumber).length > 55) {
    self.postMessage({ error: 'salt too long' });
    return;
  }
  for (let n = 0; n < maxNumber; n++) {
    const digits = String(n);
    for (let i = 0; i < digits.length; i++) {
      message[salt.length + i] = digits.charCodeAt(i);
    }
    sha256(message, salt.length + digits.length);
    if (out[0] === target[0] && out.every((v, i) => v === target[i])) {
      self.postMessage({ number: digits });
      return;
    }
    if (n % 100000 === 0) {
      self.postMessage({ progress: n / maxNumber });
    }
  }
  self.postMessage({ error: 'not found' });
};
