package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/moatscan/moat/schema"
)

// data returns the azure-types folder: $MOAT_SHARED/azure-types, else the
// one beside the repository; the test is skipped when neither exists.
func data(t *testing.T) string {
	dir := filepath.Join("..", "..", "..", "shared", "azure-types")
	if s := os.Getenv("MOAT_SHARED"); s != "" {
		dir = filepath.Join(s, "azure-types")
	}
	if _, err := os.Stat(filepath.Join(dir, "generated", "index.json")); err != nil {
		t.Skipf("no schema data at %s", dir)
	}
	return dir
}

// TestIndexUpToDate regenerates the index from the data and compares it
// with the committed one.
func TestIndexUpToDate(t *testing.T) {
	x, err := build(data(t), types)
	if err != nil {
		t.Fatal(err)
	}
	got, err := schema.Encode(x)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "index.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("schema/index.json is out of date: run make schema (%d bytes generated, %d committed)", len(got), len(want))
	}
	if len(want) > 2<<20 {
		t.Errorf("schema/index.json is %d bytes, over 2 MiB", len(want))
	}
}

// TestRoundTrip decodes the generated index and encodes it again.
func TestRoundTrip(t *testing.T) {
	x, err := build(data(t), types)
	if err != nil {
		t.Fatal(err)
	}
	b, err := schema.Encode(x)
	if err != nil {
		t.Fatal(err)
	}
	y, err := schema.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	c, err := schema.Encode(y)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, c) {
		t.Error("decoding and encoding the index changes it")
	}
}

func TestBuildErrors(t *testing.T) {
	if _, err := build(t.TempDir(), types); err == nil {
		t.Error("build of an empty folder succeeded")
	}
	if _, err := build(data(t), []string{"Microsoft.Nothing/here"}); err == nil {
		t.Error("build of a type the data lacks succeeded")
	}
}
