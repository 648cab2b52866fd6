package funcs

import (
	"testing"
)

func TestHashFunctions(t *testing.T) {
	// Microsoft Learn, "String functions for ARM templates", documents
	// guid's algorithm (a version 5 UUID in the namespace
	// 11fb06fb-712d-4ddd-98c7-e71bbd588830 of the arguments joined with
	// '-') but not uniqueString's. The uniqueString results are pairs
	// published with Azure's own implementation: the go-azure-uniquestring
	// README ("hello", "world"), a Stack Overflow answer using
	// Azure.Deployments.Expression ("tyeth") and the azapi provider's
	// unique_string test.
	cases := []tc{
		{name: "uniqueString two arguments", fn: "uniqueString", args: arr("hello", "world"), want: "a7wkljktk6wne"},
		{name: "uniqueString joined", fn: "uniqueString", args: arr("hello-world"), want: "a7wkljktk6wne"},
		{name: "uniqueString one argument", fn: "uniqueString", args: arr("tyeth"), want: "zcztcwvu6iyg6"},
		{name: "uniqueString resource id", fn: "uniqueString",
			args: arr("/subscriptions/00000000-0000-0000-0000-000000000000", "resource-id"), want: "cwvxuqg24sifi"},
		{name: "uniqueString int", fn: "uniqueString", args: arr(int64(1)), errText: "uniqueString: argument 1 must be a string, got int"},
		{name: "guid joined with dashes", fn: "guid", args: arr("a", "b", "c"), want: "a98fa280-e03f-5afa-8d8e-92d0a9c201e8"},
		{name: "guid one argument", fn: "guid", args: arr("a-b-c"), want: "a98fa280-e03f-5afa-8d8e-92d0a9c201e8"},
		{name: "guid object", fn: "guid", args: arr(obj()), errText: "guid: argument 1 must be a string, got object"},
	}
	runTable(t, cases, nil)
}

func TestHashBudget(t *testing.T) {
	runTable(t, []tc{
		{name: "uniqueString", fn: "uniqueString", args: arr("a"), budget: true},
		{name: "guid", fn: "guid", args: arr("a"), budget: true},
	}, small(5))
}

func TestUUID5(t *testing.T) {
	// RFC 4122's DNS namespace, with the result every implementation
	// gives for python.org.
	dns := [16]byte{0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}
	if got, want := uuid5(dns, []byte("python.org")), "886313e1-3b8a-5372-9b90-0c9aee199e5d"; got != want {
		t.Errorf("uuid5(dns, python.org) = %s, want %s", got, want)
	}
}

func TestHash64Tails(t *testing.T) {
	// Every tail length of the 8-byte blocks gives a distinct hash and
	// the 13-character form.
	seen := map[string]bool{}
	for n := 0; n <= 17; n++ {
		s := encodeUnique(hash64([]byte("abcdefghijklmnopq"[:n])))
		if len(s) != 13 || seen[s] {
			t.Errorf("length %d: %q is not a new 13-character string", n, s)
		}
		seen[s] = true
	}
}
