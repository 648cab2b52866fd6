package pipeline

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"testing"

	"github.com/moatscan/moat/config"
	"github.com/moatscan/moat/graph"
)

// TestAttachTLS checks that the TLS facts reach the extension and that the
// private key it carries leaves its attributes.
func TestAttachTLS(t *testing.T) {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	keyPEM := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"certs/key.pem": string(keyPEM),
		"main.tf": `resource "azurerm_kubernetes_cluster_extension" "ml" {
  name           = "azureml"
  cluster_id     = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks"
  extension_type = "Microsoft.AzureML.Kubernetes"
  configuration_protected_settings = {
    "scoringFe.sslKey" = filebase64("${path.module}/certs/key.pem")
  }
}
`,
	})
	var ext *graph.Node
	_, _, err = Run(context.Background(), Options{Root: dir, Config: config.Default(), Engine: embedded(t),
		Inspect: func(g *graph.Graph) { ext = g.Node("azurerm_kubernetes_cluster_extension.ml") }})
	if err != nil {
		t.Fatal(err)
	}
	if ext == nil {
		t.Fatal("no extension node")
	}
	tls, _ := ext.Facts["tls"].(map[string]any)
	key, _ := tls["key"].(map[string]any)
	if key["format"] != "pkcs8" || key["encrypted"] != false || key["source"] != "base64" {
		t.Errorf("key facts = %v", key)
	}
	got := ext.Attrs["properties"].(map[string]any)["configurationProtectedSettings"].(map[string]any)["scoringFe.sslKey"]
	if got != "(redacted)" {
		t.Errorf("key value left in the attributes: %.20v…", got)
	}
}
