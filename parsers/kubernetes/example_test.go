package kubernetes_test

import (
	"fmt"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/kubernetes"
)

func ExampleParse() {
	src := []byte(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ai-service
spec:
  template:
    spec:
      serviceAccountName: ai-service
      containers:
      - name: scorer
        image: ${IMAGE}
---
apiVersion: v1
kind: Secret
metadata: {name: azureml-tls, namespace: azureml}
stringData: {cert.pem: fake}
`)
	nodes, diags := kubernetes.Parse("deploy.yaml", src, kubernetes.Options{})
	deploy, secret := nodes[0], nodes[1]

	fmt.Println(deploy.ID)
	fmt.Println("pods run as:", deploy.Facts["service_account"])
	fmt.Println("written at:", deploy.Locate(graph.P("spec", "template", "spec", "serviceAccountName")))
	fmt.Println("not known statically:", deploy.Unknown)

	fmt.Println(secret.ID)
	fmt.Println("attrs hold:", secret.Attrs["stringData"])
	fmt.Println("diagnostics:", len(diags))
	// Output:
	// apps/v1/Deployment/default/ai-service
	// pods run as: ai-service
	// written at: deploy.yaml:8:27
	// not known statically: [spec.template.spec.containers[0].image]
	// v1/Secret/azureml/azureml-tls
	// attrs hold: map[cert.pem:(redacted)]
	// diagnostics: 0
}
