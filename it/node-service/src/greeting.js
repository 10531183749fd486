exports.greeting = (name) => `hello from ${name}\n`;
