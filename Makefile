# make build: set up a fresh machine, then build content/ into out/.
# make test:  set up, then run every test, check the numbering of content/ and lint it, a short
#             run of each fuzz target (fuzz/smoke), and the Windows package under wine against
#             Linux (tests/wine/check; skipped without wine).
# make release: self-contained packages for editors (Linux, Windows, macOS) in release/.
# make mutation: Stryker.NET on Numbering, Lint, Source and Template (tens of minutes; not in make test).
#   make mutation PROJECTS=Numbering runs one; scripts/mutation --report reprints the table.
.PHONY: setup build test release mutation clean

setup: .cache/setup.done

.cache/setup.done: scripts/setup scripts/install-fonts scripts/fontconfig/house-fonts.conf tests/clients/package-lock.json
	scripts/setup
	@mkdir -p .cache && touch $@

build: setup
	./brief build content -o out

test: setup
	dotnet test BriefBuilder.sln --nologo
	./brief check content
	./brief lint content
	fuzz/smoke
	tests/wine/check

release: setup
	scripts/release

mutation: setup
	scripts/mutation $(PROJECTS)

clean:
	rm -rf out .cache release
