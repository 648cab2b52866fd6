package funcs

import (
	"strings"
	"testing"

	"github.com/moatscan/moat/parsers/arm/value"
)

func TestEncodeFunctions(t *testing.T) {
	// Examples and results of Microsoft Learn, "String functions for ARM
	// templates" (base64, dataUri, uri and uriComponent).
	const uriFormat = "http://contoso.com/resources/nested/azuredeploy.json"
	const uriEncoded = "http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json"
	cases := []tc{
		{name: "base64", fn: "base64", args: arr("one, two, three"), want: "b25lLCB0d28sIHRocmVl"},
		{name: "base64ToString", fn: "base64ToString", args: arr("b25lLCB0d28sIHRocmVl"), want: "one, two, three"},
		{name: "base64ToJson", fn: "base64ToJson", args: arr("eydvbmUnOiAnYScsICd0d28nOiAnYid9"), want: obj("one", "a", "two", "b")},
		{name: "base64 white space", fn: "base64ToString", args: arr("b25l\nLCB0"), want: "one, t"},
		{name: "base64 invalid", fn: "base64ToString", args: arr("%%%"), errText: "base64ToString: the value is not valid base64"},
		{name: "base64 not text", fn: "base64ToString", args: arr("/w=="), errText: "base64ToString: the decoded bytes are not UTF-8 text"},
		{name: "dataUri", fn: "dataUri", args: arr("Hello"), want: "data:text/plain;charset=utf8;base64,SGVsbG8="},
		{name: "dataUriToString", fn: "dataUriToString", args: arr("data:;base64,SGVsbG8sIFdvcmxkIQ=="), want: "Hello, World!"},
		{name: "dataUriToString round trip", fn: "dataUriToString", args: arr("data:text/plain;charset=utf8;base64,SGVsbG8="), want: "Hello"},
		{name: "dataUriToString percent", fn: "dataUriToString", args: arr("data:text/plain,a%20b"), want: "a b"},
		{name: "dataUriToString not a data uri", fn: "dataUriToString", args: arr("http://x"), errText: `dataUriToString: "http://x" is not a data URI`},
		{name: "uri nested", fn: "uri", args: arr("http://contoso.com/resources/", "nested/azuredeploy.json"), want: uriFormat},
		{name: "uri replaces last segment", fn: "uri", args: arr("http://contoso.org/firstpath", "myscript.sh"), want: "http://contoso.org/myscript.sh"},
		{name: "uri trailing slash", fn: "uri", args: arr("http://contoso.org/firstpath/", "myscript.sh"), want: "http://contoso.org/firstpath/myscript.sh"},
		{name: "uri two slashes combine", fn: "uri", args: arr("http://contoso.org/firstpath/", "/myscript.sh"), want: "http://contoso.org/firstpath/myscript.sh"},
		{name: "uri file segment", fn: "uri", args: arr("http://contoso.org/firstpath/azuredeploy.json", "myscript.sh"), want: "http://contoso.org/firstpath/myscript.sh"},
		{name: "uri file with slash", fn: "uri", args: arr("http://contoso.org/firstpath/azuredeploy.json/", "myscript.sh"), want: "http://contoso.org/firstpath/azuredeploy.json/myscript.sh"},
		{name: "uri relative base", fn: "uri", args: arr("contoso", "a"), errText: `uri: the base "contoso" is not an absolute URI`},
		{name: "uriComponent", fn: "uriComponent", args: arr(uriFormat), want: uriEncoded},
		{name: "uriComponent unreserved", fn: "uriComponent", args: arr("a-b_c.d~e f+é"), want: "a-b_c.d~e%20f%2B%C3%A9"},
		{name: "uriComponentToString", fn: "uriComponentToString", args: arr(uriEncoded), want: uriFormat},
		{name: "uriComponentToString keeps bad escapes", fn: "uriComponentToString", args: arr("100%-%4"), want: "100%-%4"},
		{name: "uriComponentToString plus", fn: "uriComponentToString", args: arr("a+b%C3%A9"), want: "a+bé"},
	}
	runTable(t, cases, nil)
}

func TestEncodeUnknowns(t *testing.T) {
	cases := []tc{
		{name: "dataUri of array with unknown", fn: "dataUri", args: arr(arr(later1)), want: plainLater},
		{name: "base64 of unknown", fn: "base64", args: arr(later1), want: plainLater},
		{name: "uri of scope unknown", fn: "uri", args: arr(scopeRG, "x"), want: &value.Unknown{Reason: scopeRG.Reason}},
	}
	runTable(t, cases, nil)
}

func TestEncodeBudget(t *testing.T) {
	long := strings.Repeat("é", 40)
	cases := []tc{
		{name: "base64", fn: "base64", args: arr(long), budget: true},
		{name: "uriComponent", fn: "uriComponent", args: arr(long), budget: true},
		{name: "dataUri", fn: "dataUri", args: arr(long), budget: true},
		{name: "base64ToJson", fn: "base64ToJson", args: arr("WyIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiLCIiXQ=="), budget: true},
	}
	runTable(t, cases, small(100))
}
