package jsonpos

import (
	"fmt"
	"strings"
	"testing"
)

// document generates about size bytes of JSON shaped like a Terraform plan:
// resources with nested blocks, lists, escapes and non-ASCII text.
func document(size int) []byte {
	var b strings.Builder
	b.WriteString("{\r\n  \"resources\": [")
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `
    {
      "address": "azurerm_subnet.s[\"k%d\"]",
      "values": {
        "name": "snet-%d-é",
        "address_prefixes": ["10.%d.0.0/24", "10.%d.1.0/24"],
        "enforce_private_link_endpoint_network_policies": false,
        "delegation": [{"name": "d", "service_delegation": [{"actions": ["Microsoft.Network/virtualNetworks/subnets/join/action"], "name": "Microsoft.ContainerInstance/containerGroups"}]}],
        "tags": {"env": "prod", "owner": "team\u00e9", "cost": %d.5e1},
        "id": null
      }
    }`, i, i, i%256, i%256, i)
	}
	b.WriteString("\r\n  ]\r\n}\r\n")
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	src := document(10 << 20)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for b.Loop() {
		if _, diags := Parse("bench.json", src, Options{}); len(diags) > 0 {
			b.Fatal(diags)
		}
	}
}
