// Expressions: operators, accessors, lambdas, strings, loops, newlines.
var ops = {
  logic: !true || false && true ?? null
  equality: 1 == 2 != (3 =~ 4) !~ 5
  relational: 1 < 2 && 2 <= 3 && 3 > 2 && 3 >= 3
  arithmetic: -1 + 2 * 3 / 4 % 5 - +6
  ternary: true ? 'a' : false ? 'b' : 'c'
  multilineTernary: true
    ? 'yes'
    : 'no'
}

var access = {
  member: ops.logic
  safe: ops.?missing
  index: ops['logic']
  safeIndex: ops[?'missing']
  fromEnd: [1, 2, 3][^1]
  safeFromEnd: [1, 2, 3][?^5]
  nonNull: ops.?missing!
  call: sys.concat('a', 'b')
  namespaced: az.resourceGroup().location
}

var lambdas = {
  one: map([1, 2], x => x * 2)
  two: reduce([1, 2], 0, (acc, x) => acc + x)
  none: sort([2, 1], (a, b) => a < b)
  multiline: filter([1, 2], (
    item,
    index
  ) => index > 0)
  nested: map(filter([1, 2], x => x > 1), y => {
    value: y
  })
}

var strings = {
  escapes: 'it\'s a \\ \n \r \t \$ \u{1F600}'
  interpolated: 'a${1}b${'c${2}d'}e'
  braces: '}{${ {a: 1}.a }{'
  multiline: '''
no ${interpolation} here
'''
  multilineInterpolated: $'''
x = ${1 + 1}
'''
  dollars: $$'''${literal} $${1}'''
  quotes: ''''quoted''''
  '${'key'}': 'interpolated key'
  'quoted-key': 1
}

var loops = {
  simple: [for i in range(0, 3): i]
  indexed: [for (x, i) in ['a', 'b']: '${i}:${x}']
  filtered: [for x in range(0, 10): if (x % 2 == 0) {
    even: x
  }]
  multiline: [
    for x in range(0, 2): x
  ]
}

var spread = [...loops.simple, 4]

var newlines = concat(
  'a',
  'b'
)

var mixed = ['a', 'b'
  'c'
]

var keywords = {
  resource: 1
  if: 2
  for: 3
  param: 4
}

var if = keywords.if
var big = -9223372036854775808
