#!/usr/bin/env node
console.log('pyvm: under construction');
