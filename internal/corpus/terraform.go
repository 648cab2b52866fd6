package corpus

import (
	"fmt"
	"os"
	"path/filepath"
)

// GenerateTerraform writes a tree of local Terraform modules below dir:
// a root module calling groups modules, each calling its own leaf modules
// with for_each, modules in all, and perModule resources in each (AKS
// clusters, networks, identities with federated credentials, Azure ML
// extensions, storage), wired with references, locals, count and dynamic
// blocks.
func GenerateTerraform(dir string, groups, modules, perModule int) error {
	leaves := modules/groups - 1
	if leaves < 0 {
		leaves = 0
	}
	write := func(sub, body string) error {
		d := filepath.Join(dir, sub)
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("generate terraform corpus: %w", err)
		}
		if err := os.WriteFile(filepath.Join(d, "main.tf"), []byte(body), 0o644); err != nil {
			return fmt.Errorf("generate terraform corpus: %w", err)
		}
		return nil
	}
	root := "variable \"location\" {\n  default = \"westeurope\"\n}\n"
	for g := range groups {
		root += fmt.Sprintf("\nmodule \"group_%02d\" {\n  source   = \"./groups/g%02d\"\n  location = var.location\n  prefix   = \"g%02d\"\n}\n", g, g, g)
		body := moduleBody(perModule, g*1000)
		for l := range leaves {
			body += fmt.Sprintf("\nmodule \"leaf_%03d\" {\n  source = \"./leaves/l%03d\"\n  location = var.location\n  prefix   = \"${var.prefix}-l%03d\"\n  issuer   = azurerm_kubernetes_cluster.c0.oidc_issuer_url\n}\n", l, l, l)
			if err := write(fmt.Sprintf("groups/g%02d/leaves/l%03d", g, l), moduleBody(perModule, g*1000+l+1)); err != nil {
				return err
			}
		}
		if err := write(fmt.Sprintf("groups/g%02d", g), body); err != nil {
			return err
		}
	}
	return write(".", root)
}

// moduleBody declares perModule resources in blocks of ten.
func moduleBody(perModule, seed int) string {
	s := `variable "location" {}
variable "prefix" {}
variable "issuer" {
  default = null
}

locals {
  settings = {
    enableInference            = "True"
    inferenceRouterServiceType = "LoadBalancer"
  }
  namespaces = ["inference", "batch"]
}
`
	for i := 0; i*10 < perModule; i++ {
		s += fmt.Sprintf(block, i, seed)
	}
	return s
}

// block is ten resources; %[1]d numbers the block, %[2]d the module.
const block = `
resource "azurerm_virtual_network" "v%[1]d" {
  name                = "${var.prefix}-vnet-%[1]d"
  location            = var.location
  resource_group_name = "rg-%[2]d"
  address_space       = ["10.%[1]d.0.0/16"]
}

resource "azurerm_subnet" "s%[1]d" {
  count                = 2
  name                 = "snet-${count.index}"
  resource_group_name  = "rg-%[2]d"
  virtual_network_name = azurerm_virtual_network.v%[1]d.name
  address_prefixes     = [cidrsubnet("10.%[1]d.0.0/16", 8, count.index)]
}

resource "azurerm_kubernetes_cluster" "c%[1]d" {
  name                      = "${var.prefix}-aks-%[1]d"
  location                  = var.location
  resource_group_name       = "rg-%[2]d"
  dns_prefix                = "aks%[1]d"
  oidc_issuer_enabled       = true
  workload_identity_enabled = true

  default_node_pool {
    name           = "system"
    vm_size        = "Standard_D4s_v5"
    vnet_subnet_id = azurerm_subnet.s%[1]d[0].id
  }

  identity {
    type = "SystemAssigned"
  }

  network_profile {
    network_plugin = "azure"
    outbound_type  = %[2]d %% 7 == 0 ? "none" : "loadBalancer"
  }
}

resource "azurerm_kubernetes_cluster_extension" "ml%[1]d" {
  name                   = "azureml"
  cluster_id             = azurerm_kubernetes_cluster.c%[1]d.id
  extension_type         = "Microsoft.AzureML.Kubernetes"
  configuration_settings = merge(local.settings, { sslSecret = "tls-%[1]d" })
}

resource "azurerm_user_assigned_identity" "u%[1]d" {
  name                = "${var.prefix}-id-%[1]d"
  location            = var.location
  resource_group_name = "rg-%[2]d"
}

resource "azurerm_federated_identity_credential" "f%[1]d" {
  for_each                  = toset(local.namespaces)
  name                      = "fic-${each.key}"
  resource_group_name       = "rg-%[2]d"
  user_assigned_identity_id = azurerm_user_assigned_identity.u%[1]d.id
  issuer                    = coalesce(var.issuer, azurerm_kubernetes_cluster.c%[1]d.oidc_issuer_url)
  subject                   = "system:serviceaccount:${each.key}:app-%[1]d"
  audience                  = ["api://AzureADTokenExchange"]
}

resource "azurerm_storage_account" "st%[1]d" {
  name                     = "st%[2]dx%[1]d"
  location                 = var.location
  resource_group_name      = "rg-%[2]d"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  dynamic "network_rules" {
    for_each = %[1]d %% 2 == 0 ? [1] : []
    content {
      default_action = "Deny"
      bypass         = ["AzureServices"]
    }
  }
}

resource "azurerm_private_endpoint" "pe%[1]d" {
  name                = "pe-st-%[1]d"
  location            = var.location
  resource_group_name = "rg-%[2]d"
  subnet_id           = azurerm_subnet.s%[1]d[1].id

  private_service_connection {
    name                           = "blob"
    private_connection_resource_id = azurerm_storage_account.st%[1]d.id
    subresource_names              = ["blob"]
    is_manual_connection           = false
  }
}
`
