"""The gpt section's declarations: its lecture lists real terms, every gpt term is in it, the command exists."""

import importlib

import glossary_examples.gpt as section


def test_the_lecture_lists_existing_terms_once_and_every_gpt_term(terms):
    lecture = section.LECTURES["gpt"]
    assert lecture["url"] == "https://www.youtube.com/watch?v=kCc8FmEb1nY"
    listed = lecture["terms"]
    assert len(listed) == len(set(listed))
    assert all(slug in terms for slug in listed)
    assert {slug for slug, term in terms.items() if term.section == "gpt"} <= set(listed)


def test_support_modules_are_not_terms_and_the_command_resolves(terms):
    assert not set(section.SUPPORT) & set(terms)
    module, _, function = section.COMMANDS["gpt"].partition(":")
    assert callable(getattr(importlib.import_module(module), function))
