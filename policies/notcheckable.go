package policies

import "github.com/moatscan/moat/finding"

// NotCheckable lists the catalog's requirements that no static check can
// decide (IDs 9NN), with why, for the coverage report. The scanner never
// emits findings for them.
func NotCheckable() []finding.Requirement {
	return append([]finding.Requirement(nil), notCheckable...)
}

var notCheckable = []finding.Requirement{
	{ID: "AZR-INF-901", Title: "Recreate the private endpoint and re-attach the compute after a cluster stop/start",
		Reason: "an operational lifecycle event; configuration has no record of a restart"},
	{ID: "AZR-INF-902", Title: "Clients reach a VNet-bound workspace through a secure path (VPN, jump box)",
		Reason: "concerns client connectivity outside the deployed resources"},
	{ID: "AZR-INF-903", Title: "A default cluster's VNet details live in its MC_ resource group",
		Reason: "runtime-generated resources; AZR-INF-014 says when the scan cannot see the network"},
	{ID: "AZR-TLS-901", Title: "Online endpoints negotiate TLS 1.2, not TLS 1.3",
		Reason: "no configuration setting; protocol negotiation happens at run time"},
	{ID: "AZR-TLS-902", Title: "Point the custom domain's DNS record at the azureml-fe external IP",
		Reason: "the IP is assigned at run time and DNS may be hosted outside Azure"},
	{ID: "AZR-TLS-903", Title: "Renew certificates before they expire, Secret first, then the extension",
		Reason: "a procedure; only the expiry of certificates in the repository is checked (AZR-TLS-010)"},
	{ID: "AZR-TLS-904", Title: "Obtain a domain and a CA-issued certificate for the address clients use",
		Reason: "purchase and ownership are outside configuration; the name is checked when the certificate is in the repository (AZR-TLS-008)"},
	{ID: "AZR-WI-901", Title: "The SDK finds the injected client and tenant IDs and authenticates without a key",
		Reason: "run-time behaviour of the webhook and the application"},
	{ID: "AZR-WI-902", Title: "The credential's issuer equals the cluster's actual OIDC issuer URL",
		Reason: "a literal URL embeds a cluster-specific value known only after deployment; references are checked (AZR-WI-005)"},
	{ID: "AZR-WI-903", Title: "The application actually uses Entra authentication",
		Reason: "an application-specific switch, not a platform setting"},
	{ID: "AZR-ISO-901", Title: "With outbound type none in your own VNet, build any needed egress path yourself",
		Reason: "depends on intent and on routing outside the cluster; AZR-ISO-017 covers the known add-ons"},
	{ID: "AZR-ISO-902", Title: "Do not modify or delete the AKS-managed registry, its cache rules or system images",
		Reason: "the managed registry lives in the node resource group, outside configuration"},
	{ID: "AZR-ISO-903", Title: "Managed and bring-your-own registries are cleaned up differently",
		Reason: "lifecycle behaviour, not configuration"},
	{ID: "AZR-ISO-904", Title: "Upgrade nodes through node images, not through package repositories",
		Reason: "run-time operations"},
	{ID: "AZR-ISO-905", Title: "Preview features need subscription feature registration",
		Reason: "subscription feature flags are not in configuration; AZR-ISO-004 covers outbound type block"},
}
