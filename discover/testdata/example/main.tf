resource "azurerm_kubernetes_cluster" "aks" {
  name = "aks"
}
