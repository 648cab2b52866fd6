package kubernetes

import (
	"fmt"
	"strings"
	"testing"
)

// manifests returns a stream of n objects of the kinds a scan meets most.
func manifests(n int) []byte {
	var b strings.Builder
	for i := 0; i < n; i++ {
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-%d
  namespace: team
  labels: {app: app-%d, azure.workload.identity/use: "true"}
spec:
  replicas: 3
  selector:
    matchLabels:
      app: app-%d
  template:
    metadata:
      labels:
        app: app-%d
    spec:
      serviceAccountName: runner
      containers:
      - name: main
        image: "registry.example.invalid/app:1.%d"
        args: ["--port=8080", "--verbose"]
        ports:
        - containerPort: 8080
        resources:
          limits: {cpu: 500m, memory: 512Mi}
        securityContext:
          runAsNonRoot: true
          readOnlyRootFilesystem: true
`, i, i, i, i, i)
		case 1:
			fmt.Fprintf(&b, "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc-%d\nspec:\n  type: ClusterIP\n  ports:\n  - port: 443\n    targetPort: 8443\n  selector:\n    app: app-%d\n", i, i)
		case 2:
			fmt.Fprintf(&b, "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s-%d\ntype: Opaque\ndata:\n  password: cGFzc3dvcmQ=\nstringData:\n  token: fake-%d\n", i, i)
		case 3:
			fmt.Fprintf(&b, "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-%d\ndata:\n  config.yaml: |\n    level: info\n    endpoints:\n      - https://example.invalid/%d\n", i, i)
		}
	}
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	src := manifests(200)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		nodes, diags := Parse("bench.yaml", src, Options{})
		if len(nodes) != 200 || len(diags) != 0 {
			b.Fatalf("got %d nodes, diagnostics %v", len(nodes), diags)
		}
	}
}

func BenchmarkAliasBomb(b *testing.B) {
	src := []byte(billionLaughs())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		_, diags := Parse("bomb.yaml", src, Options{})
		if len(diags) != 1 {
			b.Fatalf("diagnostics %v", diags)
		}
	}
}
