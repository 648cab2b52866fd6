package funcs

import (
	"regexp"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// terraformFunctions is Terraform's documented list of built-in functions
// (developer.hashicorp.com/terraform/language/functions), by category.
var terraformFunctions = []string{
	// numeric
	"abs", "ceil", "floor", "log", "max", "min", "parseint", "pow", "signum",
	// string
	"chomp", "endswith", "format", "formatlist", "indent", "join", "lower",
	"regex", "regexall", "replace", "split", "startswith", "strcontains",
	"strrev", "substr", "templatestring", "title", "trim", "trimprefix",
	"trimsuffix", "trimspace", "upper",
	// collection
	"alltrue", "anytrue", "chunklist", "coalesce", "coalescelist", "compact",
	"concat", "contains", "distinct", "element", "flatten", "index", "keys",
	"length", "list", "lookup", "map", "matchkeys", "merge", "one", "range",
	"reverse", "setintersection", "setproduct", "setsubtract", "setunion",
	"slice", "sort", "sum", "transpose", "values", "zipmap",
	// encoding
	"base64decode", "base64encode", "base64gzip", "csvdecode", "jsondecode",
	"jsonencode", "textdecodebase64", "textencodebase64", "urlencode",
	"yamldecode", "yamlencode",
	// filesystem
	"abspath", "dirname", "pathexpand", "basename", "file", "fileexists",
	"fileset", "filebase64", "templatefile",
	// date and time
	"formatdate", "plantimestamp", "timeadd", "timecmp", "timestamp",
	// hash and crypto
	"base64sha256", "base64sha512", "bcrypt", "filebase64sha256",
	"filebase64sha512", "filemd5", "filesha1", "filesha256", "filesha512",
	"md5", "rsadecrypt", "sha1", "sha256", "sha512", "uuid", "uuidv5",
	// IP network
	"cidrhost", "cidrnetmask", "cidrsubnet", "cidrsubnets",
	// type conversion
	"can", "convert", "ephemeralasnull", "issensitive", "nonsensitive",
	"sensitive", "tobool", "tolist", "tomap", "tonumber", "toset", "tostring",
	"try", "type",
}

func TestTableNames(t *testing.T) {
	table := Table(Options{})
	var want []string
	for _, name := range terraformFunctions {
		want = append(want, name, corePrefix+name)
	}
	var got []string
	for name := range table {
		got = append(got, name)
	}
	slices.Sort(want)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("table names (-want +got):\n%s", diff)
	}
}

var callRE = regexp.MustCompile(`\b([a-z0-9]+)\(`)

// TestEveryFunctionTested checks that the case tables call every function.
func TestEveryFunctionTested(t *testing.T) {
	called := make(map[string]bool)
	for _, cases := range allCases() {
		for _, c := range cases {
			for _, m := range callRE.FindAllStringSubmatch(c.expr, -1) {
				called[m[1]] = true
			}
		}
	}
	for _, name := range terraformFunctions {
		if !called[name] {
			t.Errorf("no case calls %s", name)
		}
	}
}
