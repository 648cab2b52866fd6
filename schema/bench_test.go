package schema

import "testing"

// BenchmarkLookup finds a type, an apiVersion and a property path three
// levels deep, as Check does for every attribute: no allocation.
func BenchmarkLookup(b *testing.B) {
	x := index(b)
	p := path("properties.apiServerAccessProfile.enablePrivateCluster")
	b.ReportAllocs()
	for b.Loop() {
		t, ok := x.Type("microsoft.containerservice/managedclusters")
		if !ok {
			b.Fatal("no type")
		}
		v, ok := t.Version("2025-01-01")
		if !ok {
			b.Fatal("no version")
		}
		if _, ok := x.Resolve(v, p); !ok {
			b.Fatal("no property")
		}
	}
}

// BenchmarkCheck checks a realistic cluster body without problems.
func BenchmarkCheck(b *testing.B) {
	x := index(b)
	n := node(b, aks, "2025-01-01", `{"name": "aks", "location": "westeurope",
		"identity": {"type": "UserAssigned", "userAssignedIdentities": {"/subscriptions/s/id": {}}},
		"properties": {"dnsPrefix": "aks", "kubernetesVersion": "1.30",
			"agentPoolProfiles": [{"name": "system", "mode": "System", "count": 3, "vmSize": "Standard_D4s_v5", "osType": "Linux", "vnetSubnetID": "s"}],
			"networkProfile": {"networkPlugin": "azure", "networkPluginMode": "overlay", "outboundType": "none"},
			"apiServerAccessProfile": {"enablePrivateCluster": true},
			"bootstrapProfile": {"artifactSource": "Cache", "containerRegistryId": "r"},
			"oidcIssuerProfile": {"enabled": true}, "securityProfile": {"workloadIdentity": {"enabled": true}}}}`)
	b.ReportAllocs()
	for b.Loop() {
		if r, _ := x.Check(n); len(r.Problems) != 0 {
			b.Fatalf("problems: %+v", r.Problems)
		}
	}
}

// BenchmarkDecode decodes the embedded index, which a scan does once.
func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(embedded); err != nil {
			b.Fatal(err)
		}
	}
}
