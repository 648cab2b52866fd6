package report

import (
	"errors"
	"testing"

	"github.com/moatscan/moat/graph"
)

func TestMasked(t *testing.T) {
	src := []byte("data:\n  key.pem: c2VjcmV0\n  multi: |\n    a\r\n    b\n")
	files := map[string][]byte{"s.yaml": src}
	read := func(name string) ([]byte, error) {
		if b, ok := files[name]; ok {
			return b, nil
		}
		return nil, errors.New("no such file")
	}
	sensitive := map[string][]graph.Range{"s.yaml": {
		{Filename: "s.yaml", Start: graph.Pos{Byte: 17}, End: graph.Pos{Byte: 25}},
		{Filename: "s.yaml", Start: graph.Pos{Byte: 37}, End: graph.Pos{Byte: 49}},
	}}
	got, err := Masked(read, sensitive)("s.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := "data:\n  key.pem: ********\n  multi: |\n*****\r\n*****\n"
	if string(got) != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if string(src) == string(got) {
		t.Error("the original bytes were modified")
	}
	if _, err := Masked(read, sensitive)("missing.yaml"); err == nil {
		t.Error("read errors must pass through")
	}
}
