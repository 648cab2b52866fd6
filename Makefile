# moat: static compliance scanner for AKS inference environments.
# `make help` lists the targets.

GO        ?= go
BIN       := bin/scan
SHARED    ?= ../shared
VALIDATE  := $(SHARED)/tools/sarif-validate
GOLANGCI  := github.com/golangci/golangci-lint/v2/cmd/golangci-lint@v2.15.0
FUZZTIME  ?= 5m
OUT       := out

.DEFAULT_GOAL := help
.PHONY: help build test lint fuzz bench docs schema check-generated demo viewer ci corpus

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

build: ## build bin/scan
	$(GO) build -o $(BIN) ./cmd/scan

test: build ## run every test, then validate the demo's SARIF with sarif-validate
	MOAT_SHARED=$(abspath $(SHARED)) $(GO) test -count=1 ./...
	@mkdir -p $(OUT)
	./$(BIN) --format sarif -o $(OUT)/demo.sarif fixtures/demo || [ $$? -eq 1 ]
	$(VALIDATE) $(OUT)/demo.sarif

lint: ## go vet, gofmt, golangci-lint (policies are format-checked by go test)
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo 'gofmt needed'; exit 1; }
	$(GO) run $(GOLANGCI) run ./...

fuzz: ## run each fuzz target for FUZZTIME (default 5m)
	$(GO) test ./parsers/kubernetes -run='^$$' -fuzz=FuzzParse -fuzztime=$(FUZZTIME)
	$(GO) test ./config -run='^$$' -fuzz=FuzzParse -fuzztime=$(FUZZTIME)
	$(GO) test ./discover -run='^$$' -fuzz=FuzzByContent -fuzztime=$(FUZZTIME)
	$(GO) test ./parsers/terraform -run='^$$' -fuzz=FuzzParse -fuzztime=$(FUZZTIME)
	$(GO) test ./parsers/terraform/plan -run='^$$' -fuzz=FuzzRead -fuzztime=$(FUZZTIME)
	$(GO) test ./parsers/terraform/azurerm -run='^$$' -fuzz=FuzzNormalise -fuzztime=$(FUZZTIME)
	$(GO) test ./parsers/terraform/funcs -run='^$$' -fuzz=FuzzCall -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/jsonpos -run='^$$' -fuzz=FuzzParse -fuzztime=$(FUZZTIME)
	$(GO) test ./parsers/arm/expr -run='^$$' -fuzz=FuzzExpr -fuzztime=$(FUZZTIME)
	$(GO) test ./parsers/arm -run='^$$' -fuzz=FuzzTemplate -fuzztime=$(FUZZTIME)
	$(GO) test ./parsers/bicep/syntax -run='^$$' -fuzz='^FuzzParse$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./parsers/bicep/syntax -run='^$$' -fuzz=FuzzParseParams -fuzztime=$(FUZZTIME)
	$(GO) test ./parsers/bicep -run='^$$' -fuzz=FuzzEvaluate -fuzztime=$(FUZZTIME)
	$(GO) test ./parsers/pem -run='^$$' -fuzz=FuzzCertificate -fuzztime=$(FUZZTIME)
	$(GO) test ./parsers/pem -run='^$$' -fuzz=FuzzKey -fuzztime=$(FUZZTIME)
	$(GO) test ./schema -run='^$$' -fuzz=FuzzDecode -fuzztime=$(FUZZTIME)
	$(GO) test ./schema -run='^$$' -fuzz=FuzzCheck -fuzztime=$(FUZZTIME)
	$(GO) test ./suppress -run='^$$' -fuzz=FuzzFile -fuzztime=$(FUZZTIME)
	$(GO) test ./baseline -run='^$$' -fuzz=FuzzRead -fuzztime=$(FUZZTIME)

bench: ## benchmarks, including scans of 10,000 generated manifests and of a 1,000-module Terraform tree
	$(GO) test -run='^$$' -bench=. -benchmem ./...

corpus: build ## time whole scans (peak RSS too) of 10,000 generated manifests, 1,000 Terraform modules, 5,000 ARM templates and 5,000 Bicep files
	rm -rf $(OUT)/corpus $(OUT)/tfcorpus $(OUT)/armcorpus $(OUT)/bicepcorpus
	$(GO) run ./internal/corpus/gencorpus -n 10000 -out $(OUT)/corpus
	/usr/bin/time -f '%e s elapsed, %M KB peak RSS' ./$(BIN) --format sarif -o $(OUT)/corpus.sarif $(OUT)/corpus || [ $$? -eq 1 ]
	$(GO) run ./internal/corpus/gencorpus -terraform -modules 1000 -out $(OUT)/tfcorpus
	/usr/bin/time -f '%e s elapsed, %M KB peak RSS' ./$(BIN) --format sarif -o $(OUT)/tfcorpus.sarif $(OUT)/tfcorpus || [ $$? -eq 1 ]
	$(GO) run ./internal/corpus/gencorpus -arm -n 5000 -out $(OUT)/armcorpus
	/usr/bin/time -f '%e s elapsed, %M KB peak RSS' ./$(BIN) --format sarif -o $(OUT)/armcorpus.sarif $(OUT)/armcorpus || [ $$? -eq 1 ]
	$(GO) run ./internal/corpus/gencorpus -bicep -n 5000 -out $(OUT)/bicepcorpus
	/usr/bin/time -f '%e s elapsed, %M KB peak RSS' ./$(BIN) --format sarif -o $(OUT)/bicepcorpus.sarif $(OUT)/bicepcorpus || [ $$? -eq 1 ]

docs: build ## regenerate docs/rules from the rules' metadata and fixtures
	./$(BIN) rules docs --out docs/rules

schema: ## regenerate schema/index.json from SHARED/azure-types (the Azure resource type schemas)
	$(GO) run ./schema/gen -data $(SHARED)/azure-types -out schema/index.json

check-generated: docs ## fail when generated files are out of date (the schema index too, when SHARED has its data)
	@if [ -d $(SHARED)/azure-types ]; then $(MAKE) --no-print-directory schema && git diff --exit-code -- schema/index.json || { echo 'schema/index.json is out of date: run make schema'; exit 1; }; fi
	@git diff --exit-code -- docs/rules || { echo 'docs/rules is out of date: run make docs'; exit 1; }
	@test -z "$$(git status --porcelain -- docs/rules)" || { git status --porcelain -- docs/rules; echo 'untracked generated files: run make docs and commit'; exit 1; }

demo: build ## scan the demo application and print its findings
	./$(BIN) fixtures/demo || [ $$? -eq 1 ]

viewer: build ## render the demo's SARIF in Microsoft's SARIF viewer (headless Chromium) to docs/sarif-viewer.png
	@mkdir -p $(OUT)
	./$(BIN) --format sarif -o $(OUT)/demo.sarif fixtures/demo || [ $$? -eq 1 ]
	$(SHARED)/tools/sarif-render --width 1600 --title 'scan --format sarif fixtures/demo' -o docs/sarif-viewer.png $(OUT)/demo.sarif

ci: test check-generated lint ## everything CI runs
