// Syntax errors: each is reported, the statements around them survive.
var good1 = 1

var broken = (1 +
var good2 = 2

param missingType
resource noBody 'Microsoft.Storage/storageAccounts@2023-05-01' =

var badObject = {
  a 1
  b: 2,,
  c: 'unterminated
}

var badArgs = concat('a' 'b')
var badLoop = [for x y: x]
var badEscape = '\q'
var badChar = 1 & 2
output noValue string
what is this
var tooBig = 99999999999999999999

var unclosed = [
  1
var good3 = 3
