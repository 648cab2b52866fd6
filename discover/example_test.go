package discover_test

import (
	"fmt"

	"github.com/moatscan/moat/discover"
)

func ExampleWalk() {
	files, diags := discover.Walk(nil, discover.Options{Root: "testdata/example"})
	for _, f := range files {
		fmt.Printf("%-32s %-14s read: %v\n", f.Path, f.Format, f.Data != nil)
	}
	for _, d := range diags {
		fmt.Println(d.Error())
	}
	// Output:
	// azuredeploy.json                 arm            read: true
	// chart/templates/deployment.yaml  helm-template  read: false
	// k8s/app.yaml                     kubernetes     read: true
	// k8s/kustomization.yaml           kustomization  read: true
	// main.tf                          terraform      read: true
	// chart/templates/deployment.yaml: note[template-unrendered]: Helm chart template not scanned: render the chart with helm template and scan the output
}
