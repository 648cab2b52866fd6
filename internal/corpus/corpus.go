package corpus

import (
	"fmt"
	"os"
	"path/filepath"
)

// Generate writes n manifest files below dir, in folders of 100.
func Generate(dir string, n int) error {
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("team-%03d", i/100))
		if i%100 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return fmt.Errorf("generate corpus: %w", err)
			}
		}
		name := filepath.Join(sub, fmt.Sprintf("app-%05d.yaml", i))
		if err := os.WriteFile(name, manifest(i), 0o644); err != nil {
			return fmt.Errorf("generate corpus: %w", err)
		}
	}
	return nil
}

// manifest returns file i: one of four shapes, every seventh one with a
// deliberate mistake.
func manifest(i int) []byte {
	ns := fmt.Sprintf("team-%03d", i/100)
	bad := i%7 == 0
	switch i % 4 {
	case 0:
		return workload(ns, i, bad)
	case 1:
		return cronJob(ns, i, bad)
	case 2:
		return storage(ns, i, bad)
	}
	return secret(ns, i, bad)
}

func workload(ns string, i int, bad bool) []byte {
	label, key := `"true"`, ""
	if bad {
		label = "true"
		key = `
            - name: AZURE_OPENAI_API_KEY
              valueFrom:
                secretKeyRef: {name: openai-%[2]d, key: api-key}`
		key = fmt.Sprintf(key, ns, i)
	}
	return fmt.Appendf(nil, `apiVersion: v1
kind: ServiceAccount
metadata:
  name: app-%[2]d
  namespace: %[1]s
  annotations:
    azure.workload.identity/client-id: 6f1d2c3b-8a4e-4b5f-9c7d-%012[2]d
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-%[2]d
  namespace: %[1]s
  labels: {app: app-%[2]d, team: %[1]s}
spec:
  replicas: 2
  selector:
    matchLabels: {app: app-%[2]d}
  template:
    metadata:
      labels:
        app: app-%[2]d
        azure.workload.identity/use: %[3]s
    spec:
      serviceAccountName: app-%[2]d
      containers:
        - name: app
          image: ghcr.io/contoso/app:%[2]d
          ports: [{containerPort: 8080}]
          env:
            - name: AZURE_OPENAI_ENDPOINT
              value: https://aoai-%[2]d.openai.azure.com/%[4]s
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {cpu: 500m, memory: 512Mi}
---
apiVersion: v1
kind: Service
metadata:
  name: app-%[2]d
  namespace: %[1]s
spec:
  selector: {app: app-%[2]d}
  ports: [{port: 80, targetPort: 8080}]
`, ns, i, label, key)
}

func cronJob(ns string, i int, bad bool) []byte {
	meta := `labels: {azure.workload.identity/use: "true"}`
	if bad {
		meta = `annotations: {azure.workload.identity/use: "true"}`
	}
	return fmt.Appendf(nil, `apiVersion: batch/v1
kind: CronJob
metadata:
  name: job-%[2]d
  namespace: %[1]s
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          %[3]s
        spec:
          serviceAccountName: app-%[4]d
          restartPolicy: OnFailure
          containers:
            - name: job
              image: ghcr.io/contoso/job:%[2]d
`, ns, i, meta, i-1)
}

func storage(ns string, i int, bad bool) []byte {
	endpoint := "privateEndpoint"
	if bad {
		endpoint = "serviceEndpoint"
	}
	return fmt.Appendf(nil, `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: files-%[2]d
provisioner: file.csi.azure.com
parameters:
  skuName: Premium_LRS
  networkEndpointType: %[3]s
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data-%[2]d
  namespace: %[1]s
spec:
  accessModes: [ReadWriteMany]
  storageClassName: files-%[2]d
  resources:
    requests: {storage: 10Gi}
`, ns, i, endpoint)
}

func secret(ns string, i int, bad bool) []byte {
	key := "cert.pem"
	if bad {
		key = "tls.crt"
	}
	return fmt.Appendf(nil, `apiVersion: v1
kind: Secret
metadata:
  name: tls-%[2]d
  namespace: %[1]s
type: Opaque
data:
  %[3]s: ZGVtbyBjZXJ0aWZpY2F0ZQ==
  key.pem: ZGVtbyBrZXk=
`, ns, i, key)
}
