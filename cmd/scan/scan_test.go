package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"scan": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScript runs the end-to-end scripts in testdata/script: flags, exit
// codes, formats and the rule commands, each in a fresh folder.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script"})
}

// TestWriteFileDevice checks that -o to a device writes to it instead of
// replacing it with a file.
func TestWriteFileDevice(t *testing.T) {
	if err := writeFile(os.DevNull, []byte("report\n")); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().IsRegular() {
		t.Fatalf("%s became a regular file", os.DevNull)
	}
}
