package azurerm

import "github.com/moatscan/moat/graph"

// Provider defaults that differ between Terraform and ARM (REQUIREMENTS.md
// §1.1). Each is written into the ARM body at the resource header and
// listed in Facts["defaults"].

// major returns the provider major version, 4 when unknown.
func (m *mapper) major() int {
	if m.src.Provider.Major == 0 {
		return 4
	}
	return m.src.Provider.Major
}

func (m *mapper) omitted(names ...string) bool { return m.src.omitted(nil, names...) }

func clusterDefaults(m *mapper) {
	at := m.src.Range
	if m.omitted("network_profile") {
		m.def(p("properties.networkProfile.networkPlugin"), "kubenet", at)
	}
	if m.major() >= 4 && m.omitted("node_os_upgrade_channel", "node_os_channel_upgrade") {
		m.def(p("properties.autoUpgradeProfile.nodeOSUpgradeChannel"), "NodeImage", at)
	}
	if m.omitted("oidc_issuer_enabled") {
		oidc := p("properties.oidcIssuerProfile.enabled")
		switch major := m.major(); {
		case major <= 3:
			m.def(oidc, false, at)
		case major >= 5:
			m.def(oidc, true, at)
		default:
			setFact(m.node, "version_default", []any{oidc.String()})
		}
	}
	if m.omitted("workload_identity_enabled") {
		m.def(p("properties.securityProfile.workloadIdentity.enabled"), false, at)
	}
}

func storageDefaults(m *mapper) {
	if m.omitted("network_rules") {
		m.def(p("properties.networkAcls.bypass"), "AzureServices", m.src.Range)
		m.def(p("properties.networkAcls.defaultAction"), "Allow", m.src.Range)
	}
}

func registryDefaults(m *mapper) {
	if m.omitted("network_rule_bypass_option") {
		m.def(p("properties.networkRuleBypassOptions"), "AzureServices", m.src.Range)
	}
}

func cognitiveDefaults(m *mapper) {
	if m.omitted("local_auth_enabled") {
		m.def(p("properties.disableLocalAuth"), false, m.src.Range)
	}
}

func workspaceDefaults(m *mapper) {
	if m.omitted("public_network_access_enabled") {
		m.def(p("properties.publicNetworkAccess"), "Enabled", m.src.Range)
	}
}

func subnetDefaults(m *mapper) {
	if m.omitted("default_outbound_access_enabled") {
		m.def(p("properties.defaultOutboundAccess"), true, m.src.Range)
	}
}

// networkDefaults applies the subnet default to every inline subnet, at
// the subnet block's header.
func networkDefaults(m *mapper) {
	v, _ := m.src.value(graph.Path{"subnet"})
	for _, b := range blocks(v, graph.Path{"subnet"}) {
		if m.src.IsUnknown(b.tf) || !m.src.omitted(b.tf, "default_outbound_access_enabled") {
			continue
		}
		m.def(p("properties.subnets").Append(b.at, "properties", "defaultOutboundAccess"), true, m.src.header(b.tf))
	}
}
