# generated from ui/admin_staff.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_staff.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AdminStaff(object):
    def setupUi(self, AdminStaff):
        if not AdminStaff.objectName():
            AdminStaff.setObjectName(u"AdminStaff")
        AdminStaff.resize(1100, 700)
        self.mainLayout = QVBoxLayout(AdminStaff)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 10)
        self.titleLabel = QLabel(AdminStaff)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AdminStaff)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.messageLabel = QLabel(AdminStaff)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.staffTable = QTableWidget(AdminStaff)
        if (self.staffTable.columnCount() < 5):
            self.staffTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.staffTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.staffTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.staffTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.staffTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.staffTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffTable.setAlternatingRowColors(True)
        self.staffTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffTable.setShowGrid(False)
        self.staffTable.setColumnCount(5)
        self.staffTable.horizontalHeader().setStretchLastSection(True)
        self.staffTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.staffTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newStaffButton = QPushButton(AdminStaff)
        self.newStaffButton.setObjectName(u"newStaffButton")

        self.buttonsLayout.addWidget(self.newStaffButton)

        self.roleLabel = QLabel(AdminStaff)
        self.roleLabel.setObjectName(u"roleLabel")

        self.buttonsLayout.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(AdminStaff)
        self.roleCombo.setObjectName(u"roleCombo")

        self.buttonsLayout.addWidget(self.roleCombo)

        self.changeRoleButton = QPushButton(AdminStaff)
        self.changeRoleButton.setObjectName(u"changeRoleButton")

        self.buttonsLayout.addWidget(self.changeRoleButton)

        self.toggleActiveButton = QPushButton(AdminStaff)
        self.toggleActiveButton.setObjectName(u"toggleActiveButton")

        self.buttonsLayout.addWidget(self.toggleActiveButton)

        self.resetPasswordButton = QPushButton(AdminStaff)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.buttonsLayout.addWidget(self.resetPasswordButton)

        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.reloadButton = QPushButton(AdminStaff)
        self.reloadButton.setObjectName(u"reloadButton")

        self.buttonsLayout.addWidget(self.reloadButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminStaff)

        QMetaObject.connectSlotsByName(AdminStaff)
    # setupUi

    def retranslateUi(self, AdminStaff):
        self.titleLabel.setText(QCoreApplication.translate("AdminStaff", u"Comptes du personnel", None))
        self.introLabel.setText(QCoreApplication.translate("AdminStaff", u"Chaque membre du service se connecte avec son propre compte ; son r\u00f4le d\u00e9cide de ce qu'il peut faire. Un compte n'est jamais supprim\u00e9 : il est d\u00e9sactiv\u00e9, et le journal garde ses actions. Il reste toujours au moins un gestionnaire actif.", None))
        self.messageLabel.setText("")
        ___qtablewidgetitem = self.staffTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AdminStaff", u"Identifiant", None))
        ___qtablewidgetitem1 = self.staffTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AdminStaff", u"Nom", None))
        ___qtablewidgetitem2 = self.staffTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AdminStaff", u"R\u00f4le", None))
        ___qtablewidgetitem3 = self.staffTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AdminStaff", u"\u00c9tat", None))
        ___qtablewidgetitem4 = self.staffTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AdminStaff", u"Derni\u00e8re connexion", None))
        self.newStaffButton.setText(QCoreApplication.translate("AdminStaff", u"&Nouveau compte\u2026", None))
        self.roleLabel.setText(QCoreApplication.translate("AdminStaff", u"&R\u00f4le", None))
        self.changeRoleButton.setText(QCoreApplication.translate("AdminStaff", u"&Changer le r\u00f4le", None))
        self.toggleActiveButton.setText(QCoreApplication.translate("AdminStaff", u"&D\u00e9sactiver", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("AdminStaff", u"R\u00e9initialiser le &mot de passe\u2026", None))
        self.reloadButton.setText(QCoreApplication.translate("AdminStaff", u"&Actualiser", None))
        pass
    # retranslateUi
