// Command gencorpus writes a generated tree of Kubernetes manifests for
// benchmarks: gencorpus -n 10000 -out out/corpus.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/moatscan/moat/internal/corpus"
)

func main() {
	n := flag.Int("n", 10000, "number of files")
	out := flag.String("out", "out/corpus", "folder to write")
	flag.Parse()
	if err := corpus.Generate(*out, *n); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
