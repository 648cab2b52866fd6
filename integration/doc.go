// Package integration tests moat through the wrappers its users run: the
// GitHub Action at the repository root (action.yml), the CI workflows
// beside it, and the pre-commit hook (.pre-commit-hooks.yaml), which
// precommit_test.go runs with pre-commit itself on a sample repository.
//
// It holds only tests. Start with action_test.go: it loads action.yml,
// checks that every action it uses is pinned to a commit, and runs the
// action's shell steps the way a GitHub runner would (action_runner_test.go),
// with the few workflow expressions the action uses evaluated by
// action_expr_test.go. The scan binary is built for real from this
// checkout; no step reaches the network.
package integration
