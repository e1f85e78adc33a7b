"""The states a claim and its agreements can be in, as types.

StrEnum members compare equal to their text, so records, JSON exports and
templates read the same words as before ("final_notice", "in_arrears").
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """How far escalation went: the heaviest step recorded, else open or overdue (mildest first)."""

    OPEN = "open"
    OVERDUE = "overdue"
    REMINDER = "reminder"
    DUNNING = "dunning"
    FINAL_NOTICE = "final_notice"
    HANDOVER = "handover"
    LEGAL = "legal"


class Status(StrEnum):
    """What the claim is doing now, whatever its stage."""

    ACTIVE = "active"
    PROMISE = "promise"
    ARRANGEMENT = "arrangement"
    DISPUTE = "dispute"
    PAID = "paid"
    WRITTEN_OFF = "written_off"
    # A settlement (minnelijk akkoord) runs: its agreed amount is asked, no step is taken, the figures stand still.
    SETTLEMENT = "settlement"
    # The agreed amount of a settlement was paid in time: closed, the rest remitted (kwijtgescholden), not paid.
    SETTLED = "settled"


class ActionKind(StrEnum):
    """What staff do next: a chasing step, or a check on a pause."""

    REMINDER = "reminder"
    DUNNING = "dunning"
    CALL = "call"
    FINAL_NOTICE = "final_notice"
    HANDOVER = "handover"
    REMIND_INSTALLMENT = "remind_installment"  # a friendly reminder of one missed instalment of a plan
    CHECK_PROMISE = "check_promise"
    CHECK_INSTALLMENT = "check_installment"
    # A running settlement (minnelijk akkoord): did its agreed sum, or its next (or missed) instalment, come in?
    CHECK_SETTLEMENT = "check_settlement"
    REVIEW_DISPUTE = "review_dispute"


class CostsState(StrEnum):
    CHARGED = "charged"
    ANNOUNCED = "announced"
    NONE = "none"


class PromiseState(StrEnum):
    PENDING = "pending"
    KEPT = "kept"
    BROKEN = "broken"


class PlanState(StrEnum):
    ON_SCHEDULE = "on_schedule"
    IN_ARREARS = "in_arrears"
    COMPLETED = "completed"


class ArrearsKind(StrEnum):
    """How a plan in arrears stands, as its page and its reminder name the open instalments."""

    UNPAID = "unpaid"  # one instalment overdue, nothing paid of it
    PART = "part"  # one instalment overdue, part of it paid
    MORE = "more"  # later instalments overdue too, nothing paid of them
    MORE_PART = "more_part"  # later instalments overdue too, part of them paid


class AccordState(StrEnum):
    """How a settlement (minnelijk akkoord) stands: running, paid in time (the rest remitted), lapsed (missed: the
    whole claim comes back, as if it had never been agreed), or ended by agreement (`settlement_ended`: the same)."""

    RUNNING = "running"
    SETTLED = "settled"
    LAPSED = "lapsed"
    ENDED = "ended"


class InstallmentStatus(StrEnum):
    PAID = "paid"
    DUE = "due"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"
    UNSEEN = "unseen"  # its day has passed, but the bank statements read do not reach it yet


STAGES: tuple[Stage, ...] = tuple(Stage)  # mildest first
STAGE_ORDER: tuple[Stage, ...] = tuple(reversed(STAGES))  # the most advanced first, as staff read them
CLOSED_STATUSES = (Status.PAID, Status.SETTLED, Status.WRITTEN_OFF)
PAUSING_STATUSES = (Status.DISPUTE, Status.PROMISE, Status.ARRANGEMENT, Status.SETTLEMENT)
HANDED_OVER = (Stage.HANDOVER, Stage.LEGAL)  # the agency or the bailiff has the next step, not we
CHASING_ACTIONS = (
    ActionKind.REMIND_INSTALLMENT,
    ActionKind.REMINDER,
    ActionKind.DUNNING,
    ActionKind.CALL,
    ActionKind.FINAL_NOTICE,
    ActionKind.HANDOVER,
)
CHECK_ACTIONS = (
    ActionKind.CHECK_PROMISE,
    ActionKind.CHECK_INSTALLMENT,
    ActionKind.CHECK_SETTLEMENT,
    ActionKind.REVIEW_DISPUTE,
)
