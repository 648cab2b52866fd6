// Command gencorpus writes generated trees for benchmarks:
// gencorpus -n 10000 -out out/corpus writes Kubernetes manifests;
// gencorpus -terraform -modules 1000 -out out/tfcorpus writes a tree of
// local Terraform modules with 20 resources in each; gencorpus -arm -n 5000
// -out out/armcorpus writes ARM templates; gencorpus -bicep -n 5000 -out
// out/bicepcorpus writes Bicep entry files with their modules and
// .bicepparam files.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/moatscan/moat/internal/corpus"
)

func main() {
	n := flag.Int("n", 10000, "number of manifest files")
	tf := flag.Bool("terraform", false, "write a Terraform module tree instead of manifests")
	arm := flag.Bool("arm", false, "write n ARM templates instead of manifests")
	bicep := flag.Bool("bicep", false, "write n Bicep entry files, with their modules, instead of manifests")
	modules := flag.Int("modules", 1000, "Terraform modules in the tree")
	perModule := flag.Int("resources", 20, "Terraform resources per module, in blocks of ten")
	out := flag.String("out", "out/corpus", "folder to write")
	flag.Parse()
	var err error
	switch {
	case *tf:
		err = corpus.GenerateTerraform(*out, 10, *modules, *perModule)
	case *arm:
		err = corpus.GenerateARM(*out, *n)
	case *bicep:
		err = corpus.GenerateBicep(*out, *n)
	default:
		err = corpus.Generate(*out, *n)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
