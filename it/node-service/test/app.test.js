const test = require('node:test');
const assert = require('node:assert');
const request = require('supertest');
const app = require('../src/app');

test('greets', async () => {
  const res = await request(app).get('/');
  assert.match(res.text, /hello/);
});
