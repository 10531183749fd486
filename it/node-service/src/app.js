// The application: routes only, so tests can use it without listening.
const express = require('express');
const morgan = require('morgan');
const { greeting } = require('./greeting');

const app = express();
app.use(morgan('tiny'));
app.get('/', (req, res) => res.type('text').send(greeting('node-service')));
app.get('/health', (req, res) => res.json({ status: 'up' }));

module.exports = app;
